"""«أبناء حوران، أبناء البلدة»: a town's armed men or its people, told apart by their role.

Opposition outlets in Daraa call the town's armed men «أبناء حوران / أبناء البلدة» (سيطر أبناء
حوران على حاجز السرو؛ اشتباكات بين أبناء البلدة وعناصر الفرقة الرابعة), but the same words name
the town's people (تعتقل 3 شبان من أبناء المدينة؛ سقوط 11 شهيداً من أبناء المدينة). The
`local_fighters` aliases of this form count as a side only where the men fight. Used by the event
mentions (document.py) and by the tolls' groups (tolls.py), which must agree.
"""

from __future__ import annotations

import re

from conflictlib.lexicons.matcher import Match
from conflictlib.normalize import norm_re

LOCAL_FIGHTERS = "local_fighters"

# «أبناء حوران، أبناء البلدة» as fighters: the subject of a capture (سيطر أبناء حوران على حاجز؛
# أبناء حوران يسيطرون على) or one side of a clash (اشتباكات بين أبناء البلدة وعناصر الفرقة الرابعة)
SONS_KEY = re.compile(r"^(?:ال)?ابناء\s")
SONS_BEFORE = norm_re(
    r"(?<!\w)[وف]?(?:سيطر|سيطرت|يسيطر|تمكن|تمكنت|هاجم|هاجمت|يهاجم|اقتحم|اقتحمت|حرر|حررت"
    r"|(?:ال)?(?:اشتباكات|اشتباك|مواجهات|معارك|اقتتال)(?:\s+(?:عنيفه|مسلحه))?\s+(?:بين|مع)"
    r"|اشتبك|اشتبكت|يشتبك|تصدي|تصدى)\s+$"
)
SONS_AFTER = norm_re(
    r"\s+(?:\S+\s+)?(?:يسيطرون|سيطروا|يهاجمون|هاجموا|يقتحمون|اقتحموا|يحررون|حرروا|يشتبكون"
    r"|اشتبكوا|يتصدون|تصدوا)(?!\w)"
)


def fighting_sons(m: Match, text: str) -> bool:
    """False for «أبناء X» told as a town's people; other local-fighter words always pass."""
    if not SONS_KEY.match(m.key):
        return True
    return bool(
        SONS_BEFORE.search(text, max(0, m.start - 40), m.start) or SONS_AFTER.match(text, m.end)
    )
