"""Content hash and MinHash near-duplicate signatures."""
import numpy as np

from rasid.ingest import dedup

A = ("التقى رئيس الحكومة صباح اليوم بممثلي النقابات العمالية لبحث مطالبهم المتعلقة بالأجور والتأمين الصحي. "
     "وقال بيان رسمي إن اللقاء تناول أيضا خطة إصلاح قطاع النقل العام وتحسين ظروف العمل في الموانئ. "
     "وأكد ممثلو النقابات أنهم سيعلقون الإضراب المقرر الأسبوع المقبل إذا نفذت الحكومة وعودها.")
B = ("افتتح محافظ المدينة معرضا للكتاب يضم أكثر من مئتي دار نشر عربية وأجنبية. ويستمر المعرض عشرة أيام "
     "وتقام على هامشه ندوات عن الترجمة وأدب الأطفال وصناعة النشر الرقمي في العالم العربي.")


def test_dedup_hash_ignores_spelling_spacing_and_diacritics():
    variant = (A.replace("إصلاح", "اصلاح").replace(" ", "  ").replace("الصحي.", "الصحى .")
               .replace("رئيس", "رَئِيس").replace("الحكومة", "الحكومه"))
    assert dedup.content_hash(variant) == dedup.content_hash(A)
    assert dedup.content_hash(A + " وانتهى اللقاء.") != dedup.content_hash(A)
    assert dedup.content_hash(A) != dedup.content_hash(B)


def test_dedup_minhash_tells_near_copies_from_other_stories():
    near = A.replace("الأسبوع المقبل", "يوم الأحد") + " ونقلت الخبر عدة صحف محلية."
    s_near = dedup.similarity(dedup.minhash(A), dedup.minhash(near))
    s_other = dedup.similarity(dedup.minhash(A), dedup.minhash(B))
    assert s_near >= dedup.NEAR_THRESHOLD > 0.2 > s_other
    assert set(dedup.lsh_keys(dedup.minhash(A))) & set(dedup.lsh_keys(dedup.minhash(near)))


def test_dedup_signatures_are_stable_and_serialisable():
    sig = dedup.minhash(A)
    assert sig.dtype == np.uint32 and len(sig) == dedup.NUM_PERM
    assert np.array_equal(dedup.from_bytes(dedup.to_bytes(sig)), sig)
    assert np.array_equal(dedup.minhash(A), sig)  # deterministic (no per-process hash seed)
    assert len(dedup.lsh_keys(sig)) == dedup.BANDS and all(k >= 0 for k in dedup.lsh_keys(sig))
    assert np.array_equal(dedup.minhash(""), dedup.EMPTY)
    assert len(dedup.minhash("كلمة")) == dedup.NUM_PERM  # shorter than one shingle
