/**
 * The Chinese word segmenter of the resource library (生成性资源库): jieba (`@node-rs/jieba`, a maintained Rust port
 * with its own dictionary) in "search" mode, which emits the words of a text and also the shorter dictionary words
 * inside long ones (课堂教学 → 课堂, 教学, 课堂教学), so a search for a part of a compound still finds it. PostgreSQL has no
 * Chinese parser: the library stores the segmented words space-separated and indexes them with the `simple`
 * configuration (prisma/migrations/20261208000000_surveys_library).
 *
 * The dictionary (about 5 MB) is read once per process, at the first use, not at start-up.
 */

/** Splits a text into words (search mode: long words and the dictionary words inside them). */
export type Segmenter = (text: string) => string[];

let loading: Promise<Segmenter> | null = null;

async function load(): Promise<Segmenter> {
  const [{ Jieba }, { dict }] = await Promise.all([import('@node-rs/jieba'), import('@node-rs/jieba/dict.js')]);
  const jieba = Jieba.withDict(dict);
  return (text) => jieba.cutForSearch(text, true);
}

/** The process's segmenter, loading the dictionary at the first call. */
export function segmenter(): Promise<Segmenter> {
  if (!loading) {
    loading = load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}
