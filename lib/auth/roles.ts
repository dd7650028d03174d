import { PERMISSIONS } from "./policy";

// Who may go where: each screen needs a permission of lib/auth/policy.ts. Pure data, shared by
// server guards and the navigation.
export const ROLES = ["ADMIN", "OPS", "PICKER", "PACKER"] as const;
export type Role = (typeof ROLES)[number];

export interface Area {
  href: string;
  label: string;
  roles: readonly Role[];
}

export const AREAS = {
  pick: { href: "/pick", label: "Pick", roles: PERMISSIONS.picking },
  waves: { href: "/pick/waves", label: "Waves", roles: PERMISSIONS.picking },
  pack: { href: "/pack", label: "Pack", roles: PERMISSIONS.packing },
  receive: { href: "/receive", label: "Receive", roles: PERMISSIONS.receiving },
  dispatch: { href: "/dispatch", label: "Dispatch", roles: PERMISSIONS.dispatch },
  orders: { href: "/orders", label: "Orders", roles: PERMISSIONS.orders },
  outOfStock: { href: "/out-of-stock", label: "Out of stock", roles: PERMISSIONS.stockReport },
  shipping: { href: "/shipping", label: "Shipping", roles: PERMISSIONS.shipping },
  ndr: { href: "/shipping/ndr", label: "NDR queue", roles: PERMISSIONS.shipping },
  remittance: { href: "/shipping/remittance", label: "Remittance", roles: PERMISSIONS.remittance },
  freight: { href: "/shipping/freight", label: "Freight", roles: PERMISSIONS.shipping },
  admin: { href: "/admin", label: "Admin", roles: PERMISSIONS.admin },
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
