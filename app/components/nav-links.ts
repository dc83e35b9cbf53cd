// The site's main sections, shared by the header, the mobile menu and the footer.
export const navLinks = [
  { to: "/photos", label: "Prints" },
  { to: "/collections", label: "Collections" },
  { to: "/book", label: "The book" },
  { to: "/wall", label: "Try on your wall" },
  { to: "/gift-cards", label: "Gift cards" },
  { to: "/about", label: "About" },
  { to: "/contact", label: "Contact" },
] as const;

/** What a buyer looks for before and after paying: in the footer, and the first of them in the phone menu. */
export const helpLinks = [
  { to: "/track-order", label: "Track your order" },
  { to: "/shipping", label: "Shipping and delivery" },
  { to: "/returns", label: "Returns" },
  { to: "/faq", label: "Questions and answers" },
  { to: "/privacy", label: "Privacy" },
  { to: "/terms", label: "Terms of sale" },
] as const;
