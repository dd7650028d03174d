import { db } from "@/lib/db";

export interface BoxPresetView {
  id: string;
  name: string;
  lengthCm: number;
  breadthCm: number;
  heightCm: number;
  boxWeightGrams: number;
  active: boolean;
}

export const boxPresetSelect = {
  id: true,
  name: true,
  lengthCm: true,
  breadthCm: true,
  heightCm: true,
  boxWeightGrams: true,
  active: true,
} as const;

/** The box sizes: the station offers the active ones, smallest first; admins see every one. */
export function listBoxPresets(options: { activeOnly: boolean }): Promise<BoxPresetView[]> {
  return db.boxPreset.findMany({
    where: options.activeOnly ? { active: true } : {},
    orderBy: [{ lengthCm: "asc" }, { breadthCm: "asc" }, { heightCm: "asc" }, { name: "asc" }],
    select: boxPresetSelect,
  });
}
