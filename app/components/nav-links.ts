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
