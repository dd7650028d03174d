export declare const PEER_ADDRESS_IMPORT: string[];
export declare const KEEP_ALIVE_ARGS: string[];
