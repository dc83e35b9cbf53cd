// Server-only code for the back office's catalogue pages (decision 015).
export { listAdminPhotos } from "../../server/admin/catalogue/photo-list";
export { createPhotoAsAdmin, loadAdminPhoto, updatePhotoAsAdmin } from "../../server/admin/catalogue/photo-admin";
export { photoFormSchema } from "../../server/admin/catalogue/photo-form";
export { uploadPhotoOriginal } from "../../server/admin/catalogue/photo-upload";
export { loadPriceMatrix, savePriceMatrix } from "../../server/admin/catalogue/price-matrix";
export { priceMatrixFormSchema } from "../../server/admin/catalogue/price-form";
export { createCollectionAsAdmin, listAdminCollections, listCollectionPhotoChoices, loadAdminCollection, setCollectionPhotos, updateCollectionAsAdmin } from "../../server/admin/catalogue/collection-admin";
export { collectionFormSchema, collectionPhotosFormSchema } from "../../server/admin/catalogue/collection-form";
export { readForm } from "../../server/forms/read-form";
export { DomainError } from "../../server/errors";
