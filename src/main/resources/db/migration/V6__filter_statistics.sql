-- The method-details filter compares unaccented lower-case text: an index on that expression finds the rare
-- values fast, and its statistics tell the planner how rare a value is.
create index process_method_details_idx on process (unaccented(lower(procurement_method_details)));
