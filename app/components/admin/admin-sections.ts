// The back office's sections, shared by its navigation and its front page.
export const adminSections = [
  { to: "/admin/orders", label: "Orders", description: "Orders to make and ship, refunds and cancellations." },
  { to: "/admin/photos", label: "Photos", description: "The catalogue: photos, their images and price tables." },
  { to: "/admin/collections", label: "Collections", description: "Collections of photos: their order, cover and which photos are in each." },
  { to: "/admin/gift-cards", label: "Gift cards", description: "Balances and holds, store credit, adjustments, deactivation and resending." },
  { to: "/admin/store/book", label: "Photo book", description: "The book's price and how many are in stock." },
  { to: "/admin/shipping", label: "Shipping", description: "Shipping zones, the countries in each, their rates and free-shipping thresholds." },
  { to: "/admin/content", label: "Content pages", description: "The words of the shipping, returns, questions, privacy and terms pages." },
  { to: "/admin/people", label: "People", description: "Newsletter subscribers, their export, and the contact inbox." },
  { to: "/admin/health", label: "Health", description: "Webhook anomalies and background jobs that failed or are stuck." },
  { to: "/admin/audit", label: "Audit log", description: "Every change made in the back office: who, what, when, before and after." },
  { to: "/admin/account", label: "Account", description: "Your sessions, and signing out on every device." },
] as const;
