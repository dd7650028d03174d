export interface SupervisedService {
  readonly name: string;
  readonly pid: number | undefined;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the service and its children are gone. */
  stop(graceMs?: number): Promise<void>;
}

export function supervise(service: {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  onExit?: (how: string) => boolean;
}): SupervisedService;
export function say(message: string): void;
