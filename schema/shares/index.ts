// The shares module (上传共享资源 / 学科文章): teachers share resources and articles, tutors may reject them.
import './errors.js';
import './share.js';
import './share-resource.js';
import './reject-share.js';

export { SHARE_INCLUDE, Share, ShareKind, ShareStatus } from './share.js';
