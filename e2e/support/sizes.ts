import { test } from "@playwright/test";

export type Size = "desktop" | "tablet" | "tablet-portrait" | "phone";

/** Runs the tests of this file only at the screen sizes its users work at. */
export function onlyAt(...sizes: Size[]) {
  test.beforeEach(({}, info) => {
    test.skip(
      !(sizes as string[]).includes(info.project.name),
      `not used at ${info.project.name} size`,
    );
  });
}
