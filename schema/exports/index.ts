// The exports module (导出, issue 14): bulk exports of a district's, province's or programme's confirmed credit records
// and rosters (NDJSON, CSV, XLSX), run as durable jobs (api/exports/job.ts) and downloaded through signed links
// (api/exports/routes.ts).
import '../../api/exports/job.js';
import './errors.js';
import './export-job.js';
import './start.js';
import './reads.js';

export { ExportDataset, ExportFormat, ExportJob, ExportJobState } from './export-job.js';
