// Who may go where. Pure data, shared by server guards and the navigation.
export const ROLES = ["ADMIN", "OPS", "PICKER", "PACKER"] as const;
export type Role = (typeof ROLES)[number];

export interface Area {
  href: string;
  label: string;
  roles: readonly Role[];
}

export const AREAS = {
  pick: { href: "/pick", label: "Pick", roles: ["PICKER", "OPS", "ADMIN"] },
  pack: { href: "/pack", label: "Pack", roles: ["PACKER", "OPS", "ADMIN"] },
  orders: { href: "/orders", label: "Orders", roles: ["OPS", "ADMIN"] },
  outOfStock: { href: "/out-of-stock", label: "Out of stock", roles: ["OPS", "ADMIN"] },
  shipping: { href: "/shipping", label: "Shipping", roles: ["OPS", "ADMIN"] },
  admin: { href: "/admin", label: "Admin", roles: ["ADMIN"] },
} as const satisfies Record<string, Area>;

export type AreaKey = keyof typeof AREAS;

export const LANDING: Record<Role, string> = {
  PICKER: AREAS.pick.href,
  PACKER: AREAS.pack.href,
  OPS: AREAS.orders.href,
  ADMIN: AREAS.admin.href,
};

export function areasFor(role: Role): Area[] {
  return Object.values(AREAS).filter((area) => (area.roles as readonly Role[]).includes(role));
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
