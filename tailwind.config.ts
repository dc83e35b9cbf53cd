import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}"],
  // `dark:` applies when <html class="dark">, or when the OS is dark and the shopper has not chosen
  // light. The server sets the class from the theme cookie, so no script runs before paint.
  darkMode: ["variant", ["@media (prefers-color-scheme: dark) { &:not(.light, .light *) }", "&:is(.dark, .dark *)"]],
  theme: {
    extend: {
      fontFamily: {
        serif: ["Iowan Old Style", "Palatino Linotype", "Palatino", "Georgia", "ui-serif", "serif"],
      },
    },
  },
  plugins: [],
} satisfies Config;
