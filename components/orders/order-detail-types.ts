import type { Jsonified } from "@/lib/http/jsonified";
import type { OrderDetail } from "@/lib/orders/get-order-detail";

export type OrderDetailJson = Jsonified<OrderDetail>;
