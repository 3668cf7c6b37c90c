"""Deduplication: one person, one contact, the whole history.

`find_candidates` / `resolve` match a new draft against the tarjetero, `scan_tarjetero` finds
duplicates inside it, `plan_merge` describes a merge without touching the database,
`apply_merge` / `undo_merge` write and reverse it, `review_queue` lists pairs to confirm.
"""

from __future__ import annotations

from cardbox.dedup.apply import MergeEdited, MergeRecord, apply_merge, merge_log, undo_merge
from cardbox.dedup.find import Resolution, compare, find_candidates, import_resolver, resolve, scan_tarjetero
from cardbox.dedup.hooks import absorb_new
from cardbox.dedup.match import AUTO, NONE, REVIEW, Candidate, Reason
from cardbox.dedup.merge import MergePlan, plan_merge
from cardbox.dedup.queue import dismiss, record_review, review_queue

__all__ = [
    "AUTO",
    "NONE",
    "REVIEW",
    "Candidate",
    "MergeEdited",
    "MergePlan",
    "MergeRecord",
    "Reason",
    "Resolution",
    "absorb_new",
    "apply_merge",
    "compare",
    "dismiss",
    "find_candidates",
    "import_resolver",
    "merge_log",
    "plan_merge",
    "record_review",
    "resolve",
    "review_queue",
    "scan_tarjetero",
    "undo_merge",
]
