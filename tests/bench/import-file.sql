-- tests/bench/import-file.sql - the ledger file of `make bench`'s import row,
-- made by the sqlite3 shell from a generated office (run with the office as
-- the main database, read-only, in the directory the files go to):
--   import-cases.csv  every case the import can reproduce, one row each, in
--                     case-number order: the ledger's columns that `import
--                     cases` reads and the import's own columns (tiaocai(5),
--                     IMPORT), with the case's own parties, claims, agents,
--                     third parties, payments, mediation and hearing
--   import-ids.txt    their ids, for the sqlite3 shell's copy of the same rows
--
-- `tiaocai export ledger` alone cannot be imported: it has no ID numbers and
-- none of the dates the import needs (tiaocai(5), The round trip), so the
-- file is written here from the same rows.  Left out are the cases whose
-- history the import refuses rather than guesses (tiaocai(5), How a row
-- becomes a case), so that the file imports whole:
--   - an award without a hearing (decided on the papers after 组庭): the
--     import needs hearing_at with an arbitrator;
--   - a mediator or arbitrator appointed over a possible conflict (the
--     journal's "仍指定: reason"): the import has no column for the reason.
-- And written as the import can take them, the work being the same:
--   - a mediation that failed after acceptance, when no hearing followed and
--     the case was not settled: no mediator (the import has no day for the
--     failure); an arbitrator without a hearing: none (no day for 组庭);
--   - no stage, accept_due or close_due (checked, not obeyed): an extension
--     or a suspension since lifted is not in the ledger.

CREATE TEMP TABLE pick(id INTEGER PRIMARY KEY);
INSERT INTO temp.pick SELECT c.id FROM cases c
WHERE NOT (coalesce(c.outcome, '') LIKE '%裁决' AND NOT EXISTS
    (SELECT 1 FROM hearings h WHERE h.case_id = c.id AND h.status <> 'cancelled'))
  AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.case_id = c.id AND j.detail LIKE '%仍指定%');

.headers off
.mode list
.once import-ids.txt
SELECT id FROM temp.pick ORDER BY id;

.headers on
.mode csv
.once import-cases.csv
-- x: the cases picked, with their last mediation (journal id, day) and
-- their last hearing not cancelled (time, room); y: whether the mediation
-- goes in the file (not when it failed after acceptance with neither a
-- hearing nor a settlement after it).
WITH x AS (SELECT c.*,
  (SELECT j.id || char(9) || j.effective_on FROM journal j
     WHERE j.case_id = c.id AND j.kind IN ('mediate', 'premediate') ORDER BY j.id DESC LIMIT 1) AS med,
  (SELECT h.at || char(9) || coalesce((SELECT name FROM rooms r WHERE r.id = h.room_id), '')
     FROM hearings h WHERE h.case_id = c.id AND h.status <> 'cancelled' ORDER BY h.no DESC LIMIT 1) AS hear
  FROM cases c WHERE c.id IN (SELECT id FROM temp.pick)),
y AS (SELECT x.*, substr(x.med, instr(x.med, char(9)) + 1) AS med_on,
  x.mediator_id IS NOT NULL AND NOT (x.hear IS NULL AND coalesce(x.outcome, '') <> '调解'
    AND x.accepted_on <= substr(x.med, instr(x.med, char(9)) + 1)
    AND EXISTS (SELECT 1 FROM journal j WHERE j.case_id = x.id AND j.kind = 'fail'
      AND j.id > CAST(substr(x.med, 1, instr(x.med, char(9)) - 1) AS INTEGER))) AS med_ok
  FROM x)
SELECT
  x.case_no AS case_no, -- ignored by the import
  x.received_on AS received_on,
  (SELECT group_concat(name, '、') FROM (SELECT name FROM parties p
     WHERE p.case_id = x.id AND p.side = 'applicant' ORDER BY pos)) AS applicant,
  (SELECT group_concat(coalesce(id_no, ''), '、') FROM (SELECT id_no FROM parties p
     WHERE p.case_id = x.id AND p.side = 'applicant' ORDER BY pos)) AS applicant_id,
  CASE WHEN x.applicant_side = 'employer' THEN
    (SELECT group_concat(coalesce(uscc, ''), '、') FROM (SELECT uscc FROM parties p
     WHERE p.case_id = x.id AND p.side = 'applicant' ORDER BY pos)) END AS applicant_uscc,
  (SELECT group_concat(coalesce(phone, ''), '、') FROM (SELECT phone FROM parties p
     WHERE p.case_id = x.id AND p.side = 'applicant' ORDER BY pos)) AS applicant_phone,
  (SELECT group_concat(coalesce(address, ''), '、') FROM (SELECT address FROM parties p
     WHERE p.case_id = x.id AND p.side = 'applicant' ORDER BY pos)) AS applicant_address,
  (SELECT group_concat(coalesce(service_address, ''), '、') FROM (SELECT service_address FROM parties p
     WHERE p.case_id = x.id AND p.side = 'applicant' ORDER BY pos)) AS applicant_service_address,
  (SELECT group_concat(coalesce(legal_rep, ''), '、') FROM (SELECT legal_rep FROM parties p
     WHERE p.case_id = x.id AND p.side = 'applicant' ORDER BY pos)) AS applicant_legal_rep,
  (SELECT group_concat(coalesce(legal_rep_title, ''), '、') FROM (SELECT legal_rep_title FROM parties p
     WHERE p.case_id = x.id AND p.side = 'applicant' ORDER BY pos)) AS applicant_legal_rep_title,
  (SELECT group_concat(pos || '号', '、') FROM (SELECT pos FROM parties p
     WHERE p.case_id = x.id AND p.side = 'applicant' AND p.representative ORDER BY pos)) AS representatives,
  (SELECT group_concat(name, '、') FROM (SELECT name FROM parties p
     WHERE p.case_id = x.id AND p.side = 'respondent' ORDER BY pos)) AS respondent,
  (SELECT group_concat(coalesce(uscc, ''), '、') FROM (SELECT uscc FROM parties p
     WHERE p.case_id = x.id AND p.side = 'respondent' ORDER BY pos)) AS respondent_usccs,
  (SELECT group_concat(coalesce(id_no, ''), '、') FROM (SELECT id_no FROM parties p
     WHERE p.case_id = x.id AND p.side = 'respondent' ORDER BY pos)) AS respondent_ids,
  (SELECT group_concat(coalesce(chain_role, ''), '、') FROM (SELECT chain_role FROM parties p
     WHERE p.case_id = x.id AND p.side = 'respondent' ORDER BY pos)) AS respondent_roles,
  (SELECT group_concat(coalesce(address, ''), '、') FROM (SELECT address FROM parties p
     WHERE p.case_id = x.id AND p.side = 'respondent' ORDER BY pos)) AS respondent_address,
  (SELECT group_concat(coalesce(service_address, ''), '、') FROM (SELECT service_address FROM parties p
     WHERE p.case_id = x.id AND p.side = 'respondent' ORDER BY pos)) AS respondent_service_address,
  (SELECT group_concat(coalesce(legal_rep, ''), '、') FROM (SELECT legal_rep FROM parties p
     WHERE p.case_id = x.id AND p.side = 'respondent' ORDER BY pos)) AS respondent_legal_rep,
  (SELECT group_concat(coalesce(legal_rep_title, ''), '、') FROM (SELECT legal_rep_title FROM parties p
     WHERE p.case_id = x.id AND p.side = 'respondent' ORDER BY pos)) AS respondent_legal_rep_title,
  (SELECT max(uscc_unverified) FROM parties p WHERE p.case_id = x.id) AS uscc_unverified,
  (SELECT group_concat(t, '、') FROM (SELECT name
       || CASE WHEN coalesce(uscc, id_no) IS NOT NULL THEN ':' || coalesce(uscc, id_no) ELSE '' END AS t
     FROM parties p
     WHERE p.case_id = x.id AND p.side = 'third' ORDER BY pos)) AS third_parties,
  (SELECT group_concat(t, '、') FROM (SELECT substr(p.side, 1, 1) || p.pos || ':' || a.name || ':' || a.kind
       || CASE WHEN a.phone IS NOT NULL OR a.lawyer_id IS NOT NULL THEN ':' || coalesce(a.phone, '') ELSE '' END
       || coalesce(':' || (SELECT login FROM users u WHERE u.id = a.lawyer_id), '') AS t
     FROM agents a JOIN parties p ON p.id = a.party_id WHERE a.case_id = x.id ORDER BY a.id)) AS agents,
  (SELECT login FROM users u WHERE u.id = x.lawyer_id) AS lawyer,
  x.project AS project, x.missing_docs AS missing_docs, x.docs_received_on AS docs_received_on,
  (SELECT group_concat(t, '、') FROM (SELECT
       coalesce((SELECT pa.pos || '号:' FROM parties pa WHERE pa.id = k.party_id), '')
       || k.kind || ':' || printf('%d.%02d', k.amount / 100, k.amount % 100)
       || CASE WHEN (SELECT count(*) FROM claims k2 WHERE k2.case_id = x.id AND k2.resolved IS NULL) = 0
            THEN ':' || printf('%d.%02d', k.resolved / 100, k.resolved % 100) ELSE '' END AS t
     FROM claims k WHERE k.case_id = x.id ORDER BY k.pos)) AS claims,
  x.accepted_on AS accepted_on,
  x.outcome AS outcome,
  CASE WHEN x.fast THEN '速裁' WHEN x.simple THEN '简易' ELSE '普通' END AS track,
  x.workers AS workers, x.industry AS industry, x.source AS source, x.cause AS cause,
  (SELECT login FROM users u WHERE u.id = x.clerk_id) AS clerk,
  CASE WHEN x.med_ok THEN (SELECT name FROM people m WHERE m.id = x.mediator_id) END AS mediator,
  CASE WHEN x.med_ok THEN x.med_on END AS mediation_on,
  CASE WHEN x.hear IS NOT NULL THEN (SELECT name FROM people r WHERE r.id = x.arbitrator_id) END AS arbitrator,
  CASE WHEN x.arbitrator_id IS NOT NULL AND x.hear IS NOT NULL
    THEN substr(x.hear, 1, instr(x.hear, char(9)) - 1) END AS hearing_at,
  CASE WHEN x.arbitrator_id IS NOT NULL AND x.hear IS NOT NULL
    THEN substr(x.hear, instr(x.hear, char(9)) + 1) END AS hearing_room,
  CASE WHEN x.stage = 'suspended' THEN x.suspended_on END AS suspended_on,
  (SELECT CASE j.kind WHEN 'transfer' THEN substr(j.detail, instr(j.detail, '至 ') + 2)
     ELSE substr(j.detail, instr(j.detail, ': ') + 2) END
   FROM journal j WHERE j.case_id = x.id AND j.kind IN ('refuse', 'suspend', 'withdraw', 'transfer')
   ORDER BY j.id DESC LIMIT 1) AS note,
  CASE WHEN x.resolved IS NOT NULL THEN printf('%d.%02d', x.resolved / 100, x.resolved % 100) END
    AS resolved_amount,
  x.closed_on AS closed_on,
  printf('%d.%02d', x.paid / 100, x.paid % 100) AS paid,
  (SELECT group_concat(t, '、') FROM (SELECT coalesce(y.claim_pos || ':', '')
       || printf('%d.%02d', y.amount / 100, y.amount % 100) || '@' || y.paid_on AS t
     FROM payments y WHERE y.case_id = x.id ORDER BY y.id)) AS payments
FROM y AS x WHERE x.id IN (SELECT id FROM temp.pick)
ORDER BY x.year, x.seq;
