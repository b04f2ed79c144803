-- A classification code's name, as the breakdown by classification gives it (the first of its items'
-- descriptions in text order), read from this index's first entry for the code instead of from every item that
-- has it: over a million contracts the most common codes have a hundred thousand items each.
create index item_classification_name_idx on item (classification_id, classification_description);
