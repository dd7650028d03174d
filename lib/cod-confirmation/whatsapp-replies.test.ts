import { describe, expect, it } from "vitest";
import { quickReplyPayloads, readQuickReply } from "./confirmation-messages";
import { answerOfText } from "./whatsapp-replies";

describe("a buyer's WhatsApp reply", () => {
  it("reads the quick-reply payloads Packline sent, and nothing else", () => {
    const [confirm, cancel] = quickReplyPayloads("cmorder123");
    expect(readQuickReply(confirm)).toEqual({ orderId: "cmorder123", answer: "CONFIRM" });
    expect(readQuickReply(cancel)).toEqual({ orderId: "cmorder123", answer: "CANCEL" });
    for (const other of ["", "cod-confirm:", "cod-maybe:cm1", "confirm", "cod-cancel:a b"])
      expect(readQuickReply(other)).toBeNull();
  });

  it("reads typed yes and no in English and Hinglish, and leaves anything else to a person", () => {
    for (const yes of ["Yes", " yes! ", "OK", "haan", "Confirm"])
      expect(answerOfText(yes)).toBe("CONFIRM");
    for (const no of ["No", "nahi", "Cancel.", "N"]) expect(answerOfText(no)).toBe("CANCEL");
    for (const unclear of ["yes but deliver on Monday", "what is this?", "", "👍"])
      expect(answerOfText(unclear)).toBeNull();
  });
});
