/**
 * Shiprocket states an order's status on its own scale, not the shipment-status scale of
 * tracking: the Orders folder's filter table (1 New … 20 In Transit … 36 Undelivered) against
 * the Tracking folder's Shipment Status Codes (18 In Transit, 21 Undelivered). The published
 * webhook sample pairs them: current_status_id 20 with shipment_status_id 18, both "IN TRANSIT".
 * This maps each shipment status a sandbox journey passes through to the order status of the
 * same name; a return order uses the "Return …" names of the same table where there is one.
 */
type OrderStatus = readonly [id: number, label: string];

const forward: Record<number, OrderStatus> = {
  0: [1, "NEW"],
  1: [3, "READY TO SHIP"],
  3: [4, "PICKUP SCHEDULED"],
  19: [34, "OUT FOR PICKUP"],
  42: [51, "PICKED UP"],
  6: [6, "SHIPPED"],
  18: [20, "IN TRANSIT"],
  38: [43, "REACHED DESTINATION HUB"],
  17: [19, "OUT FOR DELIVERY"],
  7: [7, "DELIVERED"],
  21: [36, "UNDELIVERED"],
  9: [15, "RTO INITIATED"],
  46: [55, "RTO IN-TRANSIT"],
  41: [45, "RTO_OFD"],
  10: [16, "RTO DELIVERED"],
  8: [5, "CANCELED"],
};

const returns: Record<number, OrderStatus> = {
  0: [21, "RETURN PENDING"],
  3: [28, "RETURN PICKUP GENERATED"],
  19: [47, "RETURN OUT FOR PICKUP"],
  42: [32, "RETURN PICKED UP"],
  18: [25, "RETURN IN TRANSIT"],
  17: [48, "RETURN OUT FOR DELIVERY"],
  7: [26, "RETURN DELIVERED"],
  21: [50, "RETURN UNDELIVERED"],
  8: [27, "RETURN CANCELLED"],
};

/** The order status (id, label) of a shipment in shipment status `code`. */
export function orderStatusOf(code: number, isReturn: boolean): { id: number; label: string } {
  const [id, label] = (isReturn ? returns[code] : undefined) ?? forward[code] ?? forward[0]!;
  return { id, label };
}
