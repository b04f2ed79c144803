#!/bin/bash
# EXPLAIN ANALYZE of the contract and award list queries, as the API builds them, at pages deep in each list.
# Usage: bench/list-explain.sh [SCHEMA] [DATABASE]   (defaults: opencompras postgres); load data first.
SCHEMA=${1:-opencompras}
DB=${2:-postgres}
P="psql -h 127.0.0.1 -U postgres -d $DB -X -q -v ON_ERROR_STOP=1"
SEL="c.ocid, c.contract_id, c.award_id, c.title, c.description, c.status, c.date_signed, c.period_start, c.period_end, c.value_amount, c.value_currency, (select json_agg(json_build_array(so.identity_key, coalesce(su.name, so.name)) order by so.identity_key) from award_supplier su join organization so on so.id = su.organization_id where su.ocid = c.ocid and su.award_id = c.award_id)::text as suppliers, bo.identity_key as buyer_key, coalesce(p.buyer_name, bo.name) as buyer_name, p.procurement_method, p.procurement_method_details, p.emergency, p.main_procurement_category, src.name as source_name"
FROM="contract c join process p on p.ocid = c.ocid left join organization bo on bo.id = p.buyer_id join source src on src.id = p.source_id"
ASEL="a.ocid, a.award_id, a.title, a.description, a.status, a.award_date, a.value_amount, a.value_currency, (select json_agg(json_build_array(so.identity_key, coalesce(su.name, so.name)) order by so.identity_key) from award_supplier su join organization so on so.id = su.organization_id where su.ocid = a.ocid and su.award_id = a.award_id)::text as suppliers, bo.identity_key as buyer_key, coalesce(p.buyer_name, bo.name) as buyer_name, p.procurement_method, p.procurement_method_details, p.emergency, p.main_procurement_category, src.name as source_name"
AFROM="award a join process p on p.ocid = a.ocid left join organization bo on bo.id = p.buyer_id join source src on src.id = p.source_id"
run() { echo "=== $1"; $P -c "set search_path = $SCHEMA, public; explain (analyze, buffers, costs off, timing off, summary on) $2" | grep -v "^$" ; }
# positions 80% deep into each order
D=$($P -At -c "set search_path = $SCHEMA; select date_signed::text || '|' || ocid || '|' || contract_id from contract where date_signed is not null order by date_signed desc, ocid desc, contract_id desc offset 70000 limit 1")
IFS='|' read DS DO DC <<< "$D"
run "contracts -dateSigned, page at row 70000" "select $SEL, (c.date_signed)::text as sort_key_0 from $FROM where c.date_signed is not null and (c.date_signed, c.ocid, c.contract_id) < (cast('$DS' as timestamptz), cast('$DO' as text), cast('$DC' as text)) order by c.date_signed desc, c.ocid desc, c.contract_id desc limit 51"
A=$($P -At -c "set search_path = $SCHEMA; select value_amount::text || '|' || ocid || '|' || contract_id from contract where value_currency = 'USD' and value_amount is not null order by value_amount, ocid, contract_id offset 70000 limit 1")
IFS='|' read AA AO AC <<< "$A"
run "contracts amount (currency=USD), page at row 70000" "select $SEL from $FROM where (c.value_currency = 'USD') and c.value_amount is not null and (c.value_amount, c.ocid, c.contract_id) > (cast('$AA' as numeric), cast('$AO' as text), cast('$AC' as text)) order by c.value_amount, c.ocid, c.contract_id limit 51"
run "contracts -dateSigned, emergency=true, deep" "select $SEL from $FROM where (p.emergency = true) and c.date_signed is not null and (c.date_signed, c.ocid, c.contract_id) < (cast('$DS' as timestamptz), cast('$DO' as text), cast('$DC' as text)) order by c.date_signed desc, c.ocid desc, c.contract_id desc limit 51"
B=$($P -At -c "set search_path = $SCHEMA; select o.identity_key from process p join organization o on o.id = p.buyer_id group by 1 order by count(*) desc limit 1")
run "contracts -dateSigned, buyer=$B (largest buyer), first page" "select $SEL from $FROM where (p.buyer_id = (select o.id from organization o where o.identity_key = '$B')) and c.date_signed is not null order by c.date_signed desc, c.ocid desc, c.contract_id desc limit 51"
run "contracts relevance q=mascarillas, first page" "select $SEL, (ts_rank_cd(p.search, query))::text as k from $FROM cross join websearch_to_tsquery('es_unaccent', 'mascarillas') query where (p.search @@ websearch_to_tsquery('es_unaccent', 'mascarillas')) order by ts_rank_cd(p.search, query) desc, c.ocid desc, c.contract_id desc limit 51"
W=$($P -At -c "set search_path = $SCHEMA; select award_date::text || '|' || ocid || '|' || award_id from award where award_date is not null order by award_date desc, ocid desc, award_id desc offset 80000 limit 1")
IFS='|' read WD WO WI <<< "$W"
run "awards -date, page at row 80000" "select $ASEL from $AFROM where a.award_date is not null and (a.award_date, a.ocid, a.award_id) < (cast('$WD' as timestamptz), cast('$WO' as text), cast('$WI' as text)) order by a.award_date desc, a.ocid desc, a.award_id desc limit 51"
V=$($P -At -c "set search_path = $SCHEMA; select value_amount::text || '|' || ocid || '|' || award_id from award where value_currency = 'USD' and value_amount is not null order by value_amount desc, ocid desc, award_id desc offset 80000 limit 1")
IFS='|' read VA VO VI <<< "$V"
run "awards -amount (currency=USD), page at row 80000" "select $ASEL from $AFROM where (a.value_currency = 'USD') and a.value_amount is not null and (a.value_amount, a.ocid, a.award_id) < (cast('$VA' as numeric), cast('$VO' as text), cast('$VI' as text)) order by a.value_amount desc, a.ocid desc, a.award_id desc limit 51"
run "contracts count (includeTotal), no filter" "select count(*) from $FROM"
run "contracts export, -dateSigned, whole list" "select $SEL from $FROM where c.date_signed is not null order by c.date_signed desc, c.ocid desc, c.contract_id desc"
