// Who the shop is: the photographer and the studio's postal address, said the same way on the About
// and contact pages, in the policies, and at the foot of every mail.
export const STUDIO = {
  name: "Printroom",
  photographer: "Maren Holt",
  address: ["Printroom Studio", "41 Harbour Lane", "Montauk, NY 11954", "United States"],
} as const;
