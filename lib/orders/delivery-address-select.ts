/** The delivery address of an order (who, where, how to reach them), for a Prisma `select`. */
export const deliveryAddressSelect = {
  customerName: true,
  customerPhone: true,
  addressLine1: true,
  addressLine2: true,
  landmark: true,
  city: true,
  state: true,
  pincode: true,
} as const;
