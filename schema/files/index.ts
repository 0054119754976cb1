// The files module: uploads (the Upload scalar, limits, storing with sha256) and stored files with signed download links.
import './upload-scalar.js';
import './errors.js';
import './stored-file.js';

export { attach, attachmentsOf, storeUploads } from './attachments.js';
export { FileTooLargeError, FileTypeNotAllowedError, ImportFileError } from './errors.js';
export { storeGenerated, storeUpload } from './store-upload.js';
export { StoredFile } from './stored-file.js';
export { Upload } from './upload-scalar.js';
