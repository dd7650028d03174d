"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { AddressForm } from "./address-form";
import { Section } from "./detail-section";
import type { OrderDetailJson } from "./order-detail-types";

/** The delivery address, editable in place until the order ships. */
export function OrderAddressSection({
  order,
  onSaved,
}: {
  order: OrderDetailJson;
  onSaved: () => void;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <Section
      title="Delivery address"
      action={
        order.actions.editAddress && !editing ? (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit address
          </Button>
        ) : undefined
      }
    >
      {editing ? (
        <AddressForm
          order={order}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
        />
      ) : (
        <address className="text-sm leading-6 text-slate-800 not-italic">
          {order.customerName}
          <br />
          {order.addressLine1}
          {order.addressLine2 && (
            <>
              <br />
              {order.addressLine2}
            </>
          )}
          {order.landmark && (
            <>
              <br />
              Near {order.landmark}
            </>
          )}
          <br />
          {order.city}, {order.state} {order.pincode}
          <br />
          {order.customerPhone}
        </address>
      )}
      {!order.actions.editAddress && (
        <p className="mt-2 text-xs text-slate-500">
          {order.status === "CANCELLED"
            ? "This order is cancelled: its address no longer changes."
            : "The address cannot change once the order has shipped."}
        </p>
      )}
    </Section>
  );
}
