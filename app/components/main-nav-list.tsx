// The main sections as a list of links, styled for where it is shown: the header bar or the phone menu.
import { NavLink } from "@remix-run/react";
import { navLinks } from "./nav-links";

export function MainNavList({ listClassName, linkClassName }: { listClassName: string; linkClassName: string }) {
  return (
    <ul className={listClassName}>
      {navLinks.map((link) => (
        <li key={link.to}>
          <NavLink to={link.to} prefetch="intent" className={linkClassName}>
            {link.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
