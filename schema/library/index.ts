// The generated-resource library (生成性资源库, issue 15): curation with consent and attribution, Chinese full-text search, downloads.
import './errors.js';
import './resource.js';
import './curate.js';
import './consent.js';
import './reads.js';
import './download.js';

export {
  LibraryResource,
  LibraryResourceKind,
  LibraryResourceStatus,
  LibraryScope,
  LibrarySourceKind,
} from './resource.js';
