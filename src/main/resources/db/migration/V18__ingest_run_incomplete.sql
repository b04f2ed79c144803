-- An ingest whose input stopped before its end (a body cut off, a refused file) is 'incomplete'; one whose
-- process died while it ran (found at the next start: nothing holds its lock any more) is 'interrupted'.
-- Both stored whole batches only, so running the same input again finishes the job.
alter table ingest_run drop constraint ingest_run_status_check;
alter table ingest_run add constraint ingest_run_status_check
    check (status in ('running', 'completed', 'incomplete', 'interrupted', 'failed'));
