// Server-only code for the home page (decision 015).
export { splitHomePhotos } from "../../server/catalog/home-hero";
