-- The changes feed serves every event with the content it made current, so each event keeps the hashes of
-- the copies involved: for a release, the copy stored (content_hash) and, when it replaced one, the copy set
-- aside (previous_hash); for a compiled process, its compiled_hash at that time.
alter table change_event add column content_hash text, add column previous_hash text;

-- Events written before this version: recover the hashes from the stored copies.
-- A release added is the first copy a replacement set aside, else the copy still stored.
update change_event e set content_hash = coalesce(
    (select p.previous_hash from release_replacement p
     where p.ocid = e.ocid and p.release_id = e.release_id order by p.id limit 1),
    (select r.content_hash from release r where r.ocid = e.ocid and r.release_id = e.release_id))
where e.kind = 'release_added';

-- The n-th replacement event of a release and its n-th release_replacement row were written together.
update change_event e set previous_hash = x.previous_hash, content_hash = x.new_hash
from (select ev.seq, p.previous_hash, p.new_hash
      from (select seq, ocid, release_id,
                   row_number() over (partition by ocid, release_id order by seq) as n
            from change_event where kind = 'release_replaced') ev
      join (select ocid, release_id, previous_hash, new_hash,
                   row_number() over (partition by ocid, release_id order by id) as n
            from release_replacement) p
        on p.ocid = ev.ocid and p.release_id = ev.release_id and p.n = ev.n) x
where e.seq = x.seq;

-- Only the current compiled release of a process is known; earlier compilations are served with it.
update change_event e set content_hash = p.compiled_hash
from process p where e.kind = 'process_compiled' and p.ocid = e.ocid;

-- A historic copy of a release is looked up by its hash.
create index release_replacement_previous_idx on release_replacement (ocid, release_id, previous_hash);
drop index release_replacement_key_idx;

-- GET /releases pages through all releases in (release_date, id) order.
create index release_date_id_idx on release (release_date, id);
