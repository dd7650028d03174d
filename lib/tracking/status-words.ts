// Customer-facing words for canonical shipment statuses.
export const STATUS_LABEL: Record<string, string> = {
  PENDING: "Order confirmed",
  BOOKED: "Shipment created",
  PICKUP_SCHEDULED: "Pickup scheduled",
  PICKED_UP: "Picked up by courier",
  IN_TRANSIT: "In transit",
  OUT_FOR_DELIVERY: "Out for delivery",
  DELIVERED: "Delivered",
  NDR: "Delivery attempt failed",
  RTO_INITIATED: "Returning to seller",
  RTO_IN_TRANSIT: "Returning to seller",
  RTO_DELIVERED: "Returned to seller",
  CANCELLED: "Cancelled",
  LOST: "Lost in transit",
  DAMAGED: "Damaged in transit",
  FAILED: "Shipment could not be created",
};

export function statusLabel(status: string | null): string {
  return (status && STATUS_LABEL[status]) ?? "Update";
}
