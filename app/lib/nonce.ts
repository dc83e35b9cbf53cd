import { createContext, useContext } from "react";

/** The per-request CSP nonce, handed from entry.server to the inline scripts Remix renders. */
export const NonceContext = createContext<string>("");
export const useNonce = () => useContext(NonceContext);
