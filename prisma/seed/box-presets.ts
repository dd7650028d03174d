// The cartons a small Indian e-commerce bench stocks (inner size, cm; empty weight, g). Admins
// change them under Admin › Box sizes; the pack station offers the active ones.
export const demoBoxPresets = [
  { name: "Pouch S", lengthCm: 25, breadthCm: 20, heightCm: 3, boxWeightGrams: 20 },
  { name: "Box S", lengthCm: 20, breadthCm: 15, heightCm: 10, boxWeightGrams: 120 },
  { name: "Box M", lengthCm: 30, breadthCm: 22, heightCm: 12, boxWeightGrams: 180 },
  { name: "Box L", lengthCm: 40, breadthCm: 30, heightCm: 20, boxWeightGrams: 320 },
];
