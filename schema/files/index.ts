// The files module: uploads (the Upload scalar, limits, storing with sha256) and stored files with signed download links.
import './upload-scalar.js';
import './errors.js';
import './stored-file.js';
