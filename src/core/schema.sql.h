/*
 * schema.sql.h - the database schema as forward migrations.
 *
 * migrations[i] takes a database from user_version i to i + 1.  A new
 * database runs them all; an older one runs those it lacks, inside one
 * transaction, keeping its data.  Never edit a migration that has shipped:
 * add the next one.
 */
static const char *const migrations[] = {
/* 0 -> 1: the first schema. */
"CREATE TABLE settings("
"  key TEXT PRIMARY KEY,"
"  value TEXT NOT NULL,"
"  label TEXT NOT NULL DEFAULT '');"

"CREATE TABLE orgs("
"  id INTEGER PRIMARY KEY,"
"  name TEXT NOT NULL UNIQUE,"
"  type TEXT NOT NULL,"
"  uscc TEXT,"
"  area TEXT,"
"  contact TEXT,"
"  phone TEXT,"
"  status TEXT NOT NULL DEFAULT '在册',"
"  public INTEGER NOT NULL DEFAULT 1);"

"CREATE TABLE people("
"  id INTEGER PRIMARY KEY,"
"  role TEXT NOT NULL CHECK (role IN ('mediator','arbitrator','clerk')),"
"  name TEXT NOT NULL,"
"  org_id INTEGER REFERENCES orgs(id),"
"  employment TEXT,"            /* 专职 / 兼职 */
"  background TEXT,"
"  cert_no TEXT,"
"  specialties TEXT,"
"  languages TEXT,"
"  term_start TEXT,"
"  term_end TEXT,"
"  status TEXT NOT NULL DEFAULT '在册' CHECK (status IN ('在册','暂停','解聘')),"
"  status_reason TEXT,"
"  phone TEXT,"
"  UNIQUE (role, name, org_id));"
"CREATE INDEX people_role ON people(role, status);"

"CREATE TABLE users("
"  id INTEGER PRIMARY KEY,"
"  login TEXT NOT NULL UNIQUE,"
"  name TEXT NOT NULL,"
"  role TEXT NOT NULL CHECK (role IN"
"    ('admin','clerk','mediator','arbitrator','lawyer','supervisor')),"
"  person_id INTEGER REFERENCES people(id),"
"  created_at TEXT NOT NULL);"

"CREATE TABLE case_seq("
"  year INTEGER PRIMARY KEY,"
"  last INTEGER NOT NULL);"

/* One row per application.  first_* and the *_due columns are caches for
 * listing a million cases quickly; the truth is in parties, claims, the
 * journal and the clock rules, and case_recompute rebuilds them. */
"CREATE TABLE cases("
"  id INTEGER PRIMARY KEY,"
"  year INTEGER NOT NULL,"
"  seq INTEGER NOT NULL,"
"  case_no TEXT NOT NULL UNIQUE,"
"  stage TEXT NOT NULL CHECK (stage IN ('received','premediation','accepted',"
"    'mediating','hearing','suspended','closed')),"
"  prev_stage TEXT,"                     /* the stage a suspension left */
"  outcome TEXT,"
"  fast INTEGER NOT NULL DEFAULT 0,"
"  simple INTEGER NOT NULL DEFAULT 0,"
"  collective INTEGER NOT NULL DEFAULT 0,"
"  legal_aid INTEGER NOT NULL DEFAULT 0,"
"  major INTEGER NOT NULL DEFAULT 0,"
"  missing_docs TEXT,"
"  source TEXT NOT NULL,"
"  industry TEXT,"
"  project TEXT,"
"  received_on TEXT NOT NULL,"
"  accepted_on TEXT,"
"  closed_on TEXT,"
"  accept_from TEXT,"                    /* start of the accept clock */
"  mediation_from TEXT,"                 /* start of the mediation clock */
"  suspended_on TEXT,"                   /* start of the running suspension */
"  suspended_days INTEGER NOT NULL DEFAULT 0,"
"  extended INTEGER NOT NULL DEFAULT 0,"
"  accept_due TEXT,"
"  close_due TEXT,"
"  mediation_due TEXT,"
"  target_due TEXT,"
"  next_due TEXT,"                       /* earliest running statutory clock */
"  next_clock TEXT,"                     /* which clock next_due belongs to */
"  mediator_id INTEGER REFERENCES people(id),"
"  arbitrator_id INTEGER REFERENCES people(id),"
"  lawyer_id INTEGER REFERENCES users(id),"
"  hearing_at TEXT,"
"  hearing_room TEXT,"
"  workers INTEGER NOT NULL DEFAULT 0,"
"  claimed INTEGER NOT NULL DEFAULT 0,"  /* fen */
"  resolved INTEGER,"                    /* fen, settled or awarded */
"  final_award INTEGER,"                 /* 1 final, 0 not, NULL no award */
"  first_applicant TEXT NOT NULL,"
"  respondents TEXT NOT NULL,"          /* every respondent, joined by 、 */
"  respondent_uscc TEXT,"
"  version INTEGER NOT NULL DEFAULT 1,"
"  UNIQUE (year, seq));"
"CREATE INDEX cases_open_due ON cases(next_due) WHERE stage <> 'closed';"
"CREATE INDEX cases_stage_due ON cases(stage, next_due);"
"CREATE INDEX cases_received ON cases(received_on);"
"CREATE INDEX cases_accepted ON cases(accepted_on);"
"CREATE INDEX cases_closed ON cases(closed_on);"
"CREATE INDEX cases_mediator ON cases(mediator_id) WHERE mediator_id IS NOT NULL;"
"CREATE INDEX cases_arbitrator ON cases(arbitrator_id) WHERE arbitrator_id IS NOT NULL;"
"CREATE INDEX cases_lawyer ON cases(lawyer_id) WHERE lawyer_id IS NOT NULL;"

"CREATE TABLE parties("
"  id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  side TEXT NOT NULL CHECK (side IN ('applicant','respondent')),"
"  pos INTEGER NOT NULL,"
"  name TEXT NOT NULL,"
"  id_no TEXT,"                          /* ID card number (applicants, 包工头) */
"  uscc TEXT,"
"  uscc_unverified TEXT,"                /* reason a failing USCC was kept */
"  phone TEXT,"
"  sex TEXT,"
"  birth TEXT,"
"  chain_role TEXT,"
"  UNIQUE (case_id, side, pos));"
"CREATE INDEX parties_name ON parties(name);"
"CREATE INDEX parties_id_no ON parties(id_no) WHERE id_no IS NOT NULL;"

"CREATE TABLE claims("
"  id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  pos INTEGER NOT NULL,"
"  kind TEXT NOT NULL CHECK (kind IN ('工资','加班费','经济补偿','赔偿金','工伤医疗费','其他')),"
"  amount INTEGER NOT NULL,"             /* fen claimed */
"  period_from TEXT,"
"  period_to TEXT,"
"  resolved INTEGER,"                    /* fen agreed or awarded */
"  paid INTEGER,"                        /* fen actually paid */
"  final INTEGER,"                       /* 终局 for this item: 1, 0, NULL */
"  UNIQUE (case_id, pos));"

"CREATE TABLE hearings("
"  id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  at TEXT NOT NULL,"                    /* YYYY-MM-DD HH:MM */
"  arbitrator_id INTEGER REFERENCES people(id),"
"  room TEXT);"
"CREATE INDEX hearings_at ON hearings(at);"
"CREATE INDEX hearings_case ON hearings(case_id);"

"CREATE TABLE calendar("
"  date TEXT PRIMARY KEY,"
"  kind TEXT NOT NULL CHECK (kind IN ('off','workday')),"
"  name TEXT NOT NULL) WITHOUT ROWID;"
"CREATE TABLE calendar_years("
"  year INTEGER PRIMARY KEY,"
"  loaded_at TEXT NOT NULL,"
"  source TEXT);"

"CREATE TABLE clock_rules("
"  name TEXT PRIMARY KEY,"
"  label TEXT NOT NULL,"
"  days INTEGER NOT NULL CHECK (days > 0),"
"  unit TEXT NOT NULL CHECK (unit IN ('calendar','working')),"
"  starts TEXT NOT NULL,"
"  basis TEXT NOT NULL);"

"CREATE TABLE journal("
"  id INTEGER PRIMARY KEY,"
"  recorded_at TEXT NOT NULL,"
"  effective_on TEXT,"
"  actor TEXT NOT NULL,"
"  case_id INTEGER REFERENCES cases(id),"
"  kind TEXT NOT NULL,"
"  detail TEXT NOT NULL DEFAULT '');"
"CREATE INDEX journal_case ON journal(case_id, id);"
"CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
"  BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;"
"CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
"  BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;"

"INSERT INTO settings(key, value, label) VALUES"
"  ('office_name', '贵阳市劳动人事争议仲裁委员会', '机构名称'),"
"  ('commission_abbr', '贵劳人仲', '仲裁委简称'),"
"  ('case_word', '案字', '案号字'),"
"  ('fast_word', '速裁字', '速裁案号字'),"
"  ('case_template', '{abbr}{word}〔{year}〕第{seq}号', '案号模板'),"
"  ('min_wage', '213000', '当地月最低工资标准(分)'),"
"  ('major_amount', '10000000', '挂牌督办金额线(分)'),"
"  ('major_workers', '30', '挂牌督办人数线'),"
"  ('collective_workers', '10', '集体争议人数线');"

"INSERT INTO clock_rules(name, label, days, unit, starts, basis) VALUES"
"  ('accept', '受理审查', 5, 'calendar', 'received', '劳动争议调解仲裁法第二十九条'),"
"  ('serve', '送达被申请人', 5, 'calendar', 'accepted', '劳动争议调解仲裁法第三十条'),"
"  ('defence', '被申请人答辩', 10, 'calendar', 'served', '劳动争议调解仲裁法第三十条'),"
"  ('tribunal', '告知仲裁庭组成', 5, 'calendar', 'accepted', '劳动争议调解仲裁法第三十二条'),"
"  ('hearing_notice', '开庭通知(开庭前)', 5, 'calendar', 'hearing', '劳动争议调解仲裁法第三十五条'),"
"  ('postpone', '申请延期开庭(开庭前)', 3, 'calendar', 'hearing', '劳动争议调解仲裁法第三十五条'),"
"  ('mediation', '调解期限', 15, 'calendar', 'mediation', '劳动争议调解仲裁法第十四条'),"
"  ('close', '仲裁审限', 45, 'calendar', 'accepted', '劳动争议调解仲裁法第四十三条'),"
"  ('extension', '延长审限', 15, 'calendar', 'extended', '劳动争议调解仲裁法第四十三条'),"
"  ('target', '速裁目标结案', 30, 'calendar', 'accepted', '地方速裁实践(如浙江简易案件30日)'),"
"  ('sue', '不服裁决起诉', 15, 'calendar', 'award', '劳动争议调解仲裁法第四十八条、第五十条');"
,
/* 1 -> 2: what the terminal UI reads quickly on a million cases. */

/* Search by name: every two-character piece of every party's name, kept by
 * a trigger (substr and length count characters), so a 2-character Chinese
 * name is one index probe.  nums is 1..200, the longest name indexed. */
"CREATE TABLE nums(n INTEGER PRIMARY KEY);"
"INSERT INTO nums(n) WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k"
"  WHERE n < 200) SELECT n FROM k;"
"CREATE TABLE name_grams("
"  gram TEXT NOT NULL,"
"  case_id INTEGER NOT NULL,"
"  PRIMARY KEY (gram, case_id)) WITHOUT ROWID;"
"CREATE TRIGGER parties_grams AFTER INSERT ON parties BEGIN"
"  INSERT OR IGNORE INTO name_grams(gram, case_id)"
"    SELECT lower(substr(NEW.name, n, 2)), NEW.case_id FROM nums WHERE n < length(NEW.name);"
"END;"
"INSERT OR IGNORE INTO name_grams(gram, case_id)"
"  SELECT lower(substr(p.name, n, 2)), p.case_id FROM parties p JOIN nums ON n < length(p.name);"

/* The docket's sort orders, each walked by key (never OFFSET); docket.c
 * writes the same expressions, which is how SQLite finds these indexes.
 * Respondents sort by their first 60 characters: the key must fit whole in
 * a case_row for the next page to start where the last one ended.  Stages
 * sort in the order of enum stage, then by due date.  Each order is kept
 * for all cases, per stage (the stage filter) and for open cases (the open
 * and overdue filters), so a filtered page walks only cases of its kind,
 * whichever end of the order they gather at.  The open case-number index
 * also holds next_due, so its overdue check reads no case row. */
"CREATE INDEX cases_applicant ON cases(first_applicant);"
"CREATE INDEX cases_respondents ON cases(substr(respondents, 1, 60));"
"CREATE INDEX cases_claimed ON cases(claimed);"
"CREATE INDEX cases_due ON cases(coalesce(next_due, '9999-12-31'));"
"CREATE INDEX cases_stage_order ON cases((CASE stage WHEN 'received' THEN 0"
"  WHEN 'premediation' THEN 1 WHEN 'accepted' THEN 2 WHEN 'mediating' THEN 3"
"  WHEN 'hearing' THEN 4 WHEN 'suspended' THEN 5 ELSE 6 END),"
"  coalesce(next_due, '9999-12-31'));"
"CREATE INDEX cases_stage_no ON cases(stage, year, seq);"
"CREATE INDEX cases_stage_applicant ON cases(stage, first_applicant);"
"CREATE INDEX cases_stage_respondents ON cases(stage, substr(respondents, 1, 60));"
"CREATE INDEX cases_stage_claimed ON cases(stage, claimed);"
"CREATE INDEX cases_open_due_key ON cases(coalesce(next_due, '9999-12-31'))"
"  WHERE stage <> 'closed';"
"CREATE INDEX cases_open_no ON cases(year, seq, next_due) WHERE stage <> 'closed';"
"CREATE INDEX cases_open_applicant ON cases(first_applicant) WHERE stage <> 'closed';"
"CREATE INDEX cases_open_respondents ON cases(substr(respondents, 1, 60))"
"  WHERE stage <> 'closed';"
"CREATE INDEX cases_open_claimed ON cases(claimed) WHERE stage <> 'closed';"

/* The dashboard: each statutory clock while it runs (the WHERE must match
 * dash.c's word for word).  id makes the index order dash.c's ORDER BY
 * (due, id), so a day with thousands due is never sorted; lawyer_id and
 * stage answer a lawyer's filter and every count from the index alone.
 * Then a lawyer's cases by stage and closed this week; hearings by time. */
"CREATE INDEX cases_accept_due ON cases(accept_due, id, lawyer_id, stage) WHERE stage = 'received';"
"CREATE INDEX cases_mediation_due ON cases(mediation_due, id, lawyer_id, stage)"
"  WHERE stage IN ('premediation', 'mediating');"
"CREATE INDEX cases_close_due ON cases(close_due, id, lawyer_id, stage)"
"  WHERE stage IN ('accepted', 'mediating', 'hearing');"
"CREATE INDEX cases_lawyer_stage ON cases(lawyer_id, stage, closed_on)"
"  WHERE lawyer_id IS NOT NULL;"
"CREATE INDEX hearings_at_case ON hearings(at, case_id);"
,
/* 2 -> 3: the journal becomes tamper-evident (tiaocai(5), THE JOURNAL):
 * each row gets the hash that chains it to the row before and, when it is
 * about a case, a snapshot of the case row after the event.  SQL cannot
 * hash, so the step office_open passes in (journal_chain_build) runs after this to
 * fill both over the journal as it stands; the update guard is lifted for
 * that and put back by the next migration, in the same transaction. */
"ALTER TABLE journal ADD COLUMN snapshot TEXT;"
"ALTER TABLE journal ADD COLUMN hash TEXT;"
"DROP TRIGGER IF EXISTS journal_no_update;"
,
/* 3 -> 4: the journal's update guard again, as version 1 made it. */
"CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
"  BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;"
,
/* 4 -> 5: the clocks of a case as rows (deadline.h).  Every clock that
 * has started is a row of case_clocks, filled here from the old per-clock
 * columns, which then go with their indexes; cases.next_due stays as the
 * earliest running statutory clock.  The tribunal clock is new: office.c
 * recomputes the open cases after this step (office_open).  Claims gain the
 * kinds of 调解仲裁法 Art 47(2), final whatever the amount. */
"CREATE TABLE case_clocks("
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  clock TEXT NOT NULL,"                 /* the clock_rules row */
"  start_on TEXT NOT NULL,"
"  due_on TEXT NOT NULL,"
"  ended_on TEXT,"                       /* stopped for good (NULL: running, suspended or unknown) */
"  running INTEGER NOT NULL,"
"  statutory INTEGER NOT NULL,"          /* 0: an office target, never 超期 */
"  provisional INTEGER NOT NULL DEFAULT 0," /* first year counted without its notice */
"  PRIMARY KEY (case_id, clock)) WITHOUT ROWID;"
"CREATE INDEX case_clocks_running ON case_clocks(clock, due_on) WHERE running;"
"INSERT INTO case_clocks SELECT id, 'accept', coalesce(accept_from, received_on), accept_due,"
"  CASE WHEN stage = 'received' THEN NULL ELSE coalesce(accepted_on, closed_on) END,"
"  stage = 'received', 1, 0 FROM cases WHERE accept_due IS NOT NULL;"
"INSERT INTO case_clocks SELECT id, 'mediation', mediation_from, mediation_due,"
"  CASE WHEN stage IN ('premediation', 'mediating', 'suspended') THEN NULL ELSE closed_on END,"
"  stage IN ('premediation', 'mediating'),"
"  accepted_on IS NULL OR mediation_from < accepted_on, 0"
"  FROM cases WHERE mediation_due IS NOT NULL AND mediation_from IS NOT NULL;"
"INSERT INTO case_clocks SELECT id, 'close', accepted_on, close_due, closed_on,"
"  stage IN ('accepted', 'mediating', 'hearing'), 1, 0"
"  FROM cases WHERE close_due IS NOT NULL AND accepted_on IS NOT NULL;"
"INSERT INTO case_clocks SELECT id, 'target', accepted_on, target_due, closed_on,"
"  stage IN ('accepted', 'mediating', 'hearing'), 0, 0"
"  FROM cases WHERE target_due IS NOT NULL AND accepted_on IS NOT NULL AND fast;"
"DROP INDEX cases_accept_due;"
"DROP INDEX cases_mediation_due;"
"DROP INDEX cases_close_due;"
"DROP INDEX cases_open_due;"
"ALTER TABLE cases DROP COLUMN accept_due;"
"ALTER TABLE cases DROP COLUMN close_due;"
"ALTER TABLE cases DROP COLUMN mediation_due;"
"ALTER TABLE cases DROP COLUMN target_due;"
/* The dashboard's lists and the overdue count: each open case once, by
 * its earliest running statutory clock, in (due, id) order, a lawyer's
 * filter answered from the index. */
"CREATE INDEX cases_open_due ON cases(next_due, id, lawyer_id) WHERE stage <> 'closed';"
"UPDATE clock_rules SET basis = '劳动争议调解仲裁法第十四条 (调解组织); 立案后的调解为办案目标'"
"  WHERE name = 'mediation';"
/* The tribunal clock's label fits the dashboard's column at 80 columns. */
"UPDATE clock_rules SET label = '组庭通知' WHERE name = 'tribunal' AND label = '告知仲裁庭组成';"
"CREATE TABLE claims_new("
"  id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  pos INTEGER NOT NULL,"
"  kind TEXT NOT NULL CHECK (kind IN ('工资','加班费','经济补偿','赔偿金','工伤医疗费',"
"    '工作时间','休息休假','社会保险','其他')),"
"  amount INTEGER NOT NULL,"
"  period_from TEXT,"
"  period_to TEXT,"
"  resolved INTEGER,"
"  paid INTEGER,"
"  final INTEGER,"
"  UNIQUE (case_id, pos));"
"INSERT INTO claims_new SELECT id, case_id, pos, kind, amount, period_from, period_to,"
"  resolved, paid, final FROM claims;"
"DROP TABLE claims;"
"ALTER TABLE claims_new RENAME TO claims;"
,
/* 5 -> 6: open cases by stage kept as they change, so the first screen
 * reads seven rows instead of counting hundreds of thousands of index
 * entries (dash.c); `tiaocai check` compares them with the cases.  And
 * the hearings the first screen lists, by the time each case in 审理中 is
 * set for, counted from the index alone. */
"CREATE INDEX cases_hearing_at ON cases(hearing_at, id, lawyer_id) WHERE stage = 'hearing';"
"CREATE TABLE stage_counts("
"  stage TEXT PRIMARY KEY,"
"  n INTEGER NOT NULL) WITHOUT ROWID;"
"INSERT INTO stage_counts(stage, n) SELECT stage, count(*) FROM cases GROUP BY stage;"
"CREATE TRIGGER cases_count_insert AFTER INSERT ON cases BEGIN"
"  INSERT INTO stage_counts(stage, n) VALUES (NEW.stage, 1)"
"    ON CONFLICT(stage) DO UPDATE SET n = n + 1;"
"END;"
"CREATE TRIGGER cases_count_delete AFTER DELETE ON cases BEGIN"
"  UPDATE stage_counts SET n = n - 1 WHERE stage = OLD.stage;"
"END;"
"CREATE TRIGGER cases_count_update AFTER UPDATE OF stage ON cases"
"  WHEN OLD.stage <> NEW.stage BEGIN"
"  UPDATE stage_counts SET n = n - 1 WHERE stage = OLD.stage;"
"  INSERT INTO stage_counts(stage, n) VALUES (NEW.stage, 1)"
"    ON CONFLICT(stage) DO UPDATE SET n = n + 1;"
"END;"
,
/* 6 -> 7: the case file (tiaocai(5), THE CASE FILE).  Parties gain what
 * documents need (address, service address, legal representative) and a
 * third side (第三人); an applicant may be an organisation.  Agents,
 * payments and the undo images of corrections get their own tables.  A
 * claim may belong to one applicant (each worker's own claims); the case
 * gains its 案由, the side that applied, the clerk in charge, the 容缺
 * documents' due date and day received, the money paid so far, and the day
 * its 审限 was last restarted (办案规则 Art 46).  Cases on file keep their
 * claims as the case's own (party_id NULL) and take 案由 劳动报酬, the
 * fast track's cause, until a clerk corrects it. */
"CREATE TABLE parties_new("
"  id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  side TEXT NOT NULL CHECK (side IN ('applicant','respondent','third')),"
"  pos INTEGER NOT NULL,"
"  name TEXT NOT NULL,"
"  id_no TEXT,"
"  uscc TEXT,"
"  uscc_unverified TEXT,"
"  phone TEXT,"
"  sex TEXT,"
"  birth TEXT,"
"  chain_role TEXT,"
"  address TEXT,"                        /* 住所 */
"  service_address TEXT,"                /* 送达地址 */
"  legal_rep TEXT,"                      /* 法定代表人 or 主要负责人 */
"  legal_rep_title TEXT,"
"  representative INTEGER NOT NULL DEFAULT 0," /* elected by the workers (Art 7) */
"  UNIQUE (case_id, side, pos));"
"INSERT INTO parties_new(id, case_id, side, pos, name, id_no, uscc, uscc_unverified, phone,"
"  sex, birth, chain_role)"
"  SELECT id, case_id, side, pos, name, id_no, uscc, uscc_unverified, phone, sex, birth,"
"  chain_role FROM parties;"
"DROP TABLE parties;"
"ALTER TABLE parties_new RENAME TO parties;"
"CREATE INDEX parties_name ON parties(name);"
"CREATE INDEX parties_id_no ON parties(id_no) WHERE id_no IS NOT NULL;"
"CREATE INDEX parties_uscc ON parties(uscc) WHERE uscc IS NOT NULL;"
"CREATE INDEX parties_case ON parties(case_id, side, pos);"
"CREATE TRIGGER parties_grams AFTER INSERT ON parties BEGIN"
"  INSERT OR IGNORE INTO name_grams(gram, case_id)"
"    SELECT lower(substr(NEW.name, n, 2)), NEW.case_id FROM nums WHERE n < length(NEW.name);"
"END;"
/* A corrected name is found by its new pieces; the old ones stay, and the
 * search checks the names it finds. */
"CREATE TRIGGER parties_grams_update AFTER UPDATE OF name ON parties BEGIN"
"  INSERT OR IGNORE INTO name_grams(gram, case_id)"
"    SELECT lower(substr(NEW.name, n, 2)), NEW.case_id FROM nums WHERE n < length(NEW.name);"
"END;"

"CREATE TABLE agents("
"  id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,"
"  name TEXT NOT NULL,"
"  kind TEXT NOT NULL CHECK (kind IN ('律师','法律援助','近亲属','工会','其他')),"
"  phone TEXT,"
"  lawyer_id INTEGER REFERENCES users(id));"
"CREATE INDEX agents_case ON agents(case_id, party_id);"

"ALTER TABLE claims ADD COLUMN party_id INTEGER REFERENCES parties(id);"

"CREATE TABLE payments("
"  id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  claim_pos INTEGER,"                   /* the item paid, NULL: the case as a whole */
"  amount INTEGER NOT NULL CHECK (amount > 0)," /* fen */
"  paid_on TEXT NOT NULL,"
"  paid_by TEXT,"
"  note TEXT);"
"CREATE INDEX payments_case ON payments(case_id);"
"CREATE INDEX payments_on ON payments(paid_on);"

/* The case as it stood before each change (correct.h), for `case revert`:
 * journal_id is the change's journal row, undone_by the revert's. */
"CREATE TABLE case_undo("
"  journal_id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL,"
"  image TEXT NOT NULL,"
"  undone_by INTEGER);"
"CREATE INDEX case_undo_case ON case_undo(case_id, journal_id);"

"ALTER TABLE cases ADD COLUMN cause TEXT NOT NULL DEFAULT '劳动报酬' CHECK (cause IN"
"  ('劳动报酬','社会保险','解除终止劳动合同','确认劳动关系','工伤','劳动保护','培训','其他'));"
"ALTER TABLE cases ADD COLUMN applicant_side TEXT NOT NULL DEFAULT 'worker'"
"  CHECK (applicant_side IN ('worker','employer'));"
"ALTER TABLE cases ADD COLUMN clerk_id INTEGER REFERENCES users(id);"
"ALTER TABLE cases ADD COLUMN docs_due TEXT;"
"ALTER TABLE cases ADD COLUMN docs_received_on TEXT;"
"ALTER TABLE cases ADD COLUMN paid INTEGER NOT NULL DEFAULT 0;"  /* fen */
"ALTER TABLE cases ADD COLUMN close_from TEXT;"                    /* 审限 restarted (Art 46) */
"CREATE INDEX cases_clerk ON cases(clerk_id, next_due, id) WHERE clerk_id IS NOT NULL"
"  AND stage <> 'closed';"
"CREATE INDEX cases_mediator_open ON cases(mediator_id, next_due, id)"
"  WHERE mediator_id IS NOT NULL AND stage <> 'closed';"
"CREATE INDEX cases_arbitrator_open ON cases(arbitrator_id, next_due, id)"
"  WHERE arbitrator_id IS NOT NULL AND stage <> 'closed';"
"INSERT INTO settings(key, value, label) VALUES"
"  ('missing_docs_days', '10', '容缺受理补交材料期限(日)');"
,
/* 7 -> 8: hearings as the office runs them (tiaocai(5), HEARINGS).  The
 * hearing rooms become data; a case's tribunal (仲裁庭: a sole arbitrator,
 * or a chief and two members, with a 书记员) gets its own row, and every
 * case that had an arbitrator is taken as a sole tribunal formed on the
 * day its first hearing was set (unknown: NULL).  A hearing becomes a
 * record with a number within its case, a length, a room, the tribunal's
 * people and a status.  Rows on file: the one a case is now set for is
 * scheduled (held, for a closed case, when it was not after the closing;
 * else cancelled), earlier rows of the case were postponed.  The undo
 * images (case_undo) are rewritten to the new layout, so a revert across
 * the upgrade restores what the case had. */
"CREATE TABLE rooms("
"  id INTEGER PRIMARY KEY,"
"  name TEXT NOT NULL UNIQUE,"
"  capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),"
"  fast INTEGER NOT NULL DEFAULT 0,"     /* the 速裁庭 */
"  available INTEGER NOT NULL DEFAULT 1,"
"  address TEXT,"                        /* where it is, for the hearing notice */
"  note TEXT);"
"INSERT INTO rooms(name, fast) SELECT DISTINCT room, instr(room, '速裁') > 0 FROM hearings"
"  WHERE room IS NOT NULL AND room <> '' ORDER BY room;"

"CREATE TABLE tribunals("
"  id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,"
"  sole INTEGER NOT NULL,"               /* 1: 独任仲裁员 (chief_id alone) */
"  chief_id INTEGER NOT NULL REFERENCES people(id),"
"  member1_id INTEGER REFERENCES people(id),"
"  member2_id INTEGER REFERENCES people(id),"
"  clerk_id INTEGER REFERENCES users(id),"   /* 书记员 */
"  formed_on TEXT,"
"  CHECK ((sole = 1 AND member1_id IS NULL AND member2_id IS NULL) OR"
"         (sole = 0 AND member1_id IS NOT NULL AND member2_id IS NOT NULL)));"
"INSERT INTO tribunals(case_id, sole, chief_id, formed_on)"
"  SELECT id, 1, arbitrator_id, (SELECT min(effective_on) FROM journal j"
"    WHERE j.case_id = cases.id AND j.kind = 'hearing') FROM cases WHERE arbitrator_id IS NOT NULL;"

"CREATE TABLE hearings_new("
"  id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  no INTEGER NOT NULL,"                 /* 1, 2 ... within the case */
"  at TEXT NOT NULL,"                    /* start, YYYY-MM-DD HH:MM */
"  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 10 AND 600),"
"  end_at TEXT NOT NULL,"                /* at + minutes, the same form */
"  room_id INTEGER REFERENCES rooms(id),"
"  arbitrator_id INTEGER REFERENCES people(id),"  /* the sole or chief arbitrator */
"  member1_id INTEGER REFERENCES people(id),"
"  member2_id INTEGER REFERENCES people(id),"
"  clerk_id INTEGER REFERENCES users(id),"
"  status TEXT NOT NULL DEFAULT 'scheduled'"
"    CHECK (status IN ('scheduled','postponed','cancelled','held')),"
"  set_on TEXT,"                         /* the day it was scheduled */
"  short_notice TEXT,"                   /* why less than the notice period was accepted */
"  status_on TEXT,"                      /* the day it was postponed, cancelled or held */
"  status_reason TEXT,"
"  requested_by TEXT CHECK (requested_by IN ('applicant','respondent')),"
"  requested_on TEXT,"                   /* a party's request to postpone (Art 35) */
"  absent TEXT CHECK (absent IN ('applicant','respondent','both')),"  /* held: who did not appear */
"  UNIQUE (case_id, no));"
"INSERT INTO hearings_new(id, case_id, no, at, minutes, end_at, room_id, arbitrator_id, status,"
"  status_reason)"
"  SELECT h.id, h.case_id, (SELECT count(*) FROM hearings o WHERE o.case_id = h.case_id AND o.id <= h.id),"
"  h.at, 60, strftime('%Y-%m-%d %H:%M', h.at, '+60 minutes'), (SELECT r.id FROM rooms r WHERE r.name = h.room),"
"  h.arbitrator_id,"
"  CASE WHEN h.id <> (SELECT max(o.id) FROM hearings o WHERE o.case_id = h.case_id AND o.at = c.hearing_at)"
"    THEN 'postponed'"
"  WHEN c.stage <> 'closed' THEN 'scheduled'"
"  WHEN substr(h.at, 1, 10) <= c.closed_on THEN 'held' ELSE 'cancelled' END,"
"  CASE WHEN h.id <> (SELECT max(o.id) FROM hearings o WHERE o.case_id = h.case_id AND o.at = c.hearing_at)"
"    THEN '升级前已改期' END"
"  FROM hearings h JOIN cases c ON c.id = h.case_id;"
"DROP TABLE hearings;"
"ALTER TABLE hearings_new RENAME TO hearings;"
"CREATE INDEX hearings_at ON hearings(at, case_id);"
"CREATE INDEX hearings_case ON hearings(case_id, no);"
/* The first screen's hearings now read the records. */
"DROP INDEX cases_hearing_at;"

"UPDATE case_undo SET image = json_set(image, '$.v', 2,"
"  '$.hearings', json(coalesce((SELECT json_group_array(json_object("
"    'id', json_extract(h.value, '$.id'), 'case_id', case_undo.case_id, 'no', h.key + 1,"
"    'at', json_extract(h.value, '$.at'), 'minutes', 60,"
"    'end_at', strftime('%Y-%m-%d %H:%M', json_extract(h.value, '$.at'), '+60 minutes'),"
"    'room_id', (SELECT r.id FROM rooms r WHERE r.name = json_extract(h.value, '$.room')),"
"    'arbitrator_id', json_extract(h.value, '$.arbitrator_id'), 'member1_id', NULL,"
"    'member2_id', NULL, 'clerk_id', NULL,"
"    'status', CASE WHEN json_extract(h.value, '$.at') = json_extract(image, '$.case.hearing_at')"
"      THEN 'scheduled' ELSE 'postponed' END,"
"    'set_on', NULL, 'short_notice', NULL, 'status_on', NULL, 'status_reason', NULL,"
"    'requested_by', NULL, 'requested_on', NULL, 'absent', NULL))"
"    FROM json_each(image, '$.hearings') h), '[]')),"
"  '$.tribunals', json(CASE WHEN json_extract(image, '$.case.arbitrator_id') IS NULL THEN '[]'"
"    ELSE json_array(json_object('id', NULL, 'case_id', case_id, 'sole', 1,"
"      'chief_id', json_extract(image, '$.case.arbitrator_id'), 'member1_id', NULL,"
"      'member2_id', NULL, 'clerk_id', NULL, 'formed_on', NULL)) END));"

"INSERT INTO settings(key, value, label) VALUES"
"  ('hearing_minutes', '60', '开庭默认时长(分钟)'),"
"  ('collective_sole', '0', '集体争议可由独任仲裁员审理(1 是, 0 否)');"
,
/* 8 -> 9: documents and their service (tiaocai(5), DOCUMENTS and SERVICE).
 * A document is recorded each time it is made: its number within the case
 * (the DOC the commands take), its kind (doc.c, doc_kinds[]), the party it
 * is addressed to, the event or hearing it was made for, and the SHA-256
 * of its text, so making it again tells whether the case changed.  A
 * service is one document reaching one party: the day given (the receipt,
 * the opening, the publication) and the day it counts as served (公告: 30
 * days later).  The parts a person writes (查明事实, 裁决理由, 调解书's
 * account) are kept per case and document kind. */
"CREATE TABLE documents("
"  id INTEGER PRIMARY KEY,"
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  no INTEGER NOT NULL,"                 /* 1, 2 ... within the case */
"  kind TEXT NOT NULL,"                  /* accept-notice ... (doc.c) */
"  part TEXT NOT NULL DEFAULT '',"       /* an award in two: final / nonfinal */
"  party_id INTEGER REFERENCES parties(id),"  /* the addressee, NULL: none */
"  event_id INTEGER REFERENCES journal(id),"  /* the event it records, NULL: none */
"  hearing_no INTEGER,"                  /* 开庭通知书: the hearing */
"  made_on TEXT NOT NULL,"
"  made_at TEXT NOT NULL,"
"  made_by INTEGER REFERENCES users(id),"
"  digest TEXT NOT NULL,"                /* SHA-256 of the text, hex */
"  UNIQUE (case_id, no));"
"CREATE INDEX documents_kind ON documents(case_id, kind, party_id);"

"CREATE TABLE services("
"  id INTEGER PRIMARY KEY,"
"  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  party_id INTEGER NOT NULL REFERENCES parties(id),"
"  method TEXT NOT NULL CHECK (method IN ('直接','留置','委托','邮寄','电子','公告')),"
"  given_on TEXT NOT NULL,"              /* --on: receipt, opening, publication */
"  given_at TEXT,"                       /* --at HH:MM, NULL when not given */
"  served_on TEXT NOT NULL,"             /* the day it counts as served */
"  address TEXT,"                        /* the address served at */
"  by_name TEXT,"                        /* 送达人 */
"  note TEXT,"                           /* 拒收, the witness, the tracking number */
"  recorded_at TEXT NOT NULL,"
"  recorded_by INTEGER REFERENCES users(id));"
"CREATE INDEX services_case ON services(case_id, party_id);"
"CREATE INDEX services_document ON services(document_id);"

"CREATE TABLE doc_sections("
"  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
"  kind TEXT NOT NULL,"                  /* the document kind */
"  section TEXT NOT NULL,"               /* facts, reasons, account ... (doc.c) */
"  text TEXT NOT NULL,"
"  updated_at TEXT NOT NULL,"
"  updated_by INTEGER REFERENCES users(id),"
"  PRIMARY KEY (case_id, kind, section));"

"INSERT INTO clock_rules(name, label, days, unit, starts, basis) VALUES"
"  ('gazette', '公告送达', 30, 'calendar', 'published', '民事诉讼法第九十五条、办案规则第四十六条'),"
"  ('set_aside', '申请撤销终局裁决', 30, 'calendar', 'award_served', '劳动争议调解仲裁法第四十九条');"
"UPDATE clock_rules SET starts = 'award_served' WHERE name = 'sue';"
"UPDATE clock_rules SET starts = 'respondent_served' WHERE name = 'defence';"

"INSERT INTO settings(key, value, label) VALUES"
"  ('evidence_days', '10', '举证期限(收到举证通知书后日数)'),"
"  ('pay_within', '本裁决书生效之日起十日内', '裁决履行期限'),"
"  ('seal_note', '', '文书落款下的附注'),"
"  ('documents_since', date('now', 'localtime'), '文书与送达记录起始日');"

/* 待送达 (serve.h, dash.c): each document made and not yet served, the
 * latest of its kind, part, addressee and hearing, kept by triggers as
 * documents are made and served, so the first screen reads the few that
 * wait instead of every document ever made. */
"CREATE TABLE doc_unserved("
"  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
"  case_id INTEGER NOT NULL,"
"  made_on TEXT NOT NULL);"
"CREATE INDEX doc_unserved_made ON doc_unserved(made_on, case_id);"
"CREATE TRIGGER documents_unserved AFTER INSERT ON documents"
"  WHEN NEW.party_id IS NOT NULL BEGIN"
"  DELETE FROM doc_unserved WHERE document_id IN (SELECT d.id FROM documents d"
"    WHERE d.case_id = NEW.case_id AND d.kind = NEW.kind AND d.part = NEW.part"
"    AND d.party_id = NEW.party_id AND d.hearing_no IS NEW.hearing_no AND d.id <> NEW.id);"
"  INSERT INTO doc_unserved(document_id, case_id, made_on)"
"    VALUES (NEW.id, NEW.case_id, NEW.made_on);"
"END;"
"CREATE TRIGGER services_unserved AFTER INSERT ON services BEGIN"
"  DELETE FROM doc_unserved WHERE document_id = NEW.document_id;"
"END;"
,
/* 9 -> 10: the figures of any past day without replaying years of cases
 * (tally.h; tiaocai(5), THE WEEKLY SUMMARY).  Each case's spans of days (the
 * stage it stood in, accepted and open, 超审限, its earliest running
 * statutory clock) are kept as text in tally_cases and as +1/-1 counts by
 * day and by month in tally_days and tally_months; the clock spans are
 * also rows of tally_due, keyed by the power of two of their length, so
 * the cases whose span covers a day are a few short ranges.  Triggers mark
 * each case whose row, clocks, journal or reverts change (tally_dirty);
 * the report derives the marked ones again before it reads (tally.c).
 * What happened on each day (received, accepted, closed, with workers
 * and amounts) is summed the same way in tally_event_days and
 * tally_event_months, so a period's figures are a few hundred rows too.
 * Every case on file is marked here; the program derives them all within
 * the upgrade (office.c, after migration 11), or the first report does.  The journal's
 * extensions and suspensions get an index of their own (export stats
 * counts the cases with one in a period), the reverted journal rows one
 * that reads no undo image, and the payments' index by day holds the case
 * and the amount (已兑现 of a period without reading each payment). */
"CREATE TABLE tally_dirty(case_id INTEGER PRIMARY KEY);"
"CREATE TABLE tally_cases("
"  case_id INTEGER PRIMARY KEY,"
"  fast INTEGER NOT NULL,"
"  simple INTEGER NOT NULL,"
"  collective INTEGER NOT NULL,"
"  industry TEXT NOT NULL,"              /* '' when none */
"  mediator_id INTEGER NOT NULL,"        /* 0 when none */
"  arbitrator_id INTEGER NOT NULL,"
"  year INTEGER NOT NULL,"
"  seq INTEGER NOT NULL,"
"  spans TEXT NOT NULL);"                /* tally.c, spans_text */
"CREATE TABLE tally_days("
"  what TEXT NOT NULL,"                  /* stage mediator arbitrator open overdue over_limit ... */
"  day TEXT NOT NULL,"
"  key TEXT NOT NULL,"                   /* the stage, the person's id, or '' */
"  fast INTEGER NOT NULL,"
"  simple INTEGER NOT NULL,"
"  collective INTEGER NOT NULL,"
"  industry TEXT NOT NULL,"
"  n INTEGER NOT NULL,"
"  PRIMARY KEY (what, day, key, fast, simple, collective, industry)) WITHOUT ROWID;"
"CREATE TABLE tally_months("
"  what TEXT NOT NULL,"
"  month TEXT NOT NULL,"                 /* YYYY-MM */
"  key TEXT NOT NULL,"
"  fast INTEGER NOT NULL,"
"  simple INTEGER NOT NULL,"
"  collective INTEGER NOT NULL,"
"  industry TEXT NOT NULL,"
"  n INTEGER NOT NULL,"
"  PRIMARY KEY (what, month, key, fast, simple, collective, industry)) WITHOUT ROWID;"
/* What happened on each day (tally.h, TALLY_EVENTS): cases received,
 * accepted and closed by the slice columns, with their workers and
 * amounts, summed by day and by month. */
"CREATE TABLE tally_event_days("
"  day TEXT NOT NULL,"
"  fast INTEGER NOT NULL,"
"  simple INTEGER NOT NULL,"
"  collective INTEGER NOT NULL,"
"  industry TEXT NOT NULL,"
"  received INTEGER NOT NULL,"
"  referred INTEGER NOT NULL,"
"  wage_cases INTEGER NOT NULL,"
"  wage_workers INTEGER NOT NULL,"
"  wage_amount INTEGER NOT NULL,"
"  accepted INTEGER NOT NULL,"
"  workers INTEGER NOT NULL,"
"  collective_cases INTEGER NOT NULL,"
"  collective_workers INTEGER NOT NULL,"
"  claimed INTEGER NOT NULL,"
"  legal_aid INTEGER NOT NULL,"
"  refused INTEGER NOT NULL,"
"  premediated INTEGER NOT NULL,"
"  closed INTEGER NOT NULL,"
"  mediated INTEGER NOT NULL,"
"  award_final INTEGER NOT NULL,"
"  award_nonfinal INTEGER NOT NULL,"
"  withdrawn INTEGER NOT NULL,"
"  transferred INTEGER NOT NULL,"
"  resolved INTEGER NOT NULL,"
"  close_days INTEGER NOT NULL,"
"  PRIMARY KEY (day, fast, simple, collective, industry)) WITHOUT ROWID;"
"CREATE TABLE tally_event_months("
"  month TEXT NOT NULL,"
"  fast INTEGER NOT NULL,"
"  simple INTEGER NOT NULL,"
"  collective INTEGER NOT NULL,"
"  industry TEXT NOT NULL,"
"  received INTEGER NOT NULL,"
"  referred INTEGER NOT NULL,"
"  wage_cases INTEGER NOT NULL,"
"  wage_workers INTEGER NOT NULL,"
"  wage_amount INTEGER NOT NULL,"
"  accepted INTEGER NOT NULL,"
"  workers INTEGER NOT NULL,"
"  collective_cases INTEGER NOT NULL,"
"  collective_workers INTEGER NOT NULL,"
"  claimed INTEGER NOT NULL,"
"  legal_aid INTEGER NOT NULL,"
"  refused INTEGER NOT NULL,"
"  premediated INTEGER NOT NULL,"
"  closed INTEGER NOT NULL,"
"  mediated INTEGER NOT NULL,"
"  award_final INTEGER NOT NULL,"
"  award_nonfinal INTEGER NOT NULL,"
"  withdrawn INTEGER NOT NULL,"
"  transferred INTEGER NOT NULL,"
"  resolved INTEGER NOT NULL,"
"  close_days INTEGER NOT NULL,"
"  PRIMARY KEY (month, fast, simple, collective, industry)) WITHOUT ROWID;"
"CREATE TABLE tally_due("
"  span_class INTEGER NOT NULL,"         /* 2^c <= days < 2^(c+1); 40: no end */
"  from_day TEXT NOT NULL,"
"  case_id INTEGER NOT NULL,"
"  to_day TEXT,"                         /* NULL: no end */
"  due_on TEXT NOT NULL,"
"  clock TEXT NOT NULL,"
"  year INTEGER NOT NULL,"
"  seq INTEGER NOT NULL,"
"  PRIMARY KEY (span_class, from_day, case_id)) WITHOUT ROWID;"
/* The spans with no end are the cases as they stand: the weekly
 * summary's lists walk them in their order (due date, case number). */
"CREATE INDEX tally_due_open ON tally_due(due_on, year, seq, from_day) WHERE span_class = 40;"
"CREATE TRIGGER tally_case_insert AFTER INSERT ON cases BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (NEW.id);"
"END;"
"CREATE TRIGGER tally_case_delete AFTER DELETE ON cases BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (OLD.id);"
"END;"
"CREATE TRIGGER tally_case_update AFTER UPDATE ON cases"
"  WHEN OLD.stage IS NOT NEW.stage OR OLD.received_on IS NOT NEW.received_on"
"  OR OLD.accepted_on IS NOT NEW.accepted_on OR OLD.closed_on IS NOT NEW.closed_on"
"  OR OLD.suspended_on IS NOT NEW.suspended_on OR OLD.suspended_days IS NOT NEW.suspended_days"
"  OR OLD.fast IS NOT NEW.fast OR OLD.simple IS NOT NEW.simple"
"  OR OLD.collective IS NOT NEW.collective OR OLD.industry IS NOT NEW.industry"
"  OR OLD.mediator_id IS NOT NEW.mediator_id OR OLD.arbitrator_id IS NOT NEW.arbitrator_id"
"  OR OLD.year IS NOT NEW.year OR OLD.seq IS NOT NEW.seq OR OLD.id IS NOT NEW.id"
"  OR OLD.outcome IS NOT NEW.outcome OR OLD.source IS NOT NEW.source"
"  OR OLD.workers IS NOT NEW.workers OR OLD.claimed IS NOT NEW.claimed"
"  OR OLD.resolved IS NOT NEW.resolved OR OLD.legal_aid IS NOT NEW.legal_aid"
"  OR OLD.hearing_at IS NOT NEW.hearing_at BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (OLD.id), (NEW.id);"
"END;"
"CREATE TRIGGER tally_clock_insert AFTER INSERT ON case_clocks BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (NEW.case_id);"
"END;"
"CREATE TRIGGER tally_clock_delete AFTER DELETE ON case_clocks BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (OLD.case_id);"
"END;"
"CREATE TRIGGER tally_clock_update AFTER UPDATE ON case_clocks"
"  WHEN OLD.start_on IS NOT NEW.start_on OR OLD.due_on IS NOT NEW.due_on"
"  OR OLD.ended_on IS NOT NEW.ended_on OR OLD.statutory IS NOT NEW.statutory"
"  OR OLD.clock IS NOT NEW.clock OR OLD.case_id IS NOT NEW.case_id BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (OLD.case_id), (NEW.case_id);"
"END;"
"CREATE TRIGGER tally_claim_insert AFTER INSERT ON claims BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (NEW.case_id);"
"END;"
"CREATE TRIGGER tally_claim_delete AFTER DELETE ON claims BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (OLD.case_id);"
"END;"
"CREATE TRIGGER tally_claim_update AFTER UPDATE OF case_id, kind, amount ON claims BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (OLD.case_id), (NEW.case_id);"
"END;"
"CREATE TRIGGER tally_journal_insert AFTER INSERT ON journal"
"  WHEN NEW.case_id IS NOT NULL BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (NEW.case_id);"
"END;"
"CREATE TRIGGER tally_undo_insert AFTER INSERT ON case_undo"
"  WHEN NEW.undone_by IS NOT NULL BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (NEW.case_id);"
"END;"
"CREATE TRIGGER tally_undo_update AFTER UPDATE OF undone_by, case_id ON case_undo BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (OLD.case_id), (NEW.case_id);"
"END;"
"CREATE TRIGGER tally_undo_delete AFTER DELETE ON case_undo"
"  WHEN OLD.undone_by IS NOT NULL BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (OLD.case_id);"
"END;"
"CREATE INDEX case_undo_undone ON case_undo(case_id, journal_id) WHERE undone_by IS NOT NULL;"
"CREATE INDEX journal_stops ON journal(kind, effective_on, case_id)"
"  WHERE kind IN ('extend', 'suspend');"
"DROP INDEX payments_on;"
"CREATE INDEX payments_on ON payments(paid_on, case_id, amount);"
"INSERT INTO tally_dirty(case_id) SELECT id FROM cases;"
,
/* 10 -> 11: 已兑现 by day as well (tally.h): each day a case was paid,
 * with the day it was paid before, the amount and the case's slice, so the
 * cases paid in a period are counted without sorting out repeats (a case
 * counts on its first day paid in the period: the one whose day before is
 * outside it).  Payments mark their case; every case is marked, to be
 * derived again with its payments. */
"CREATE TABLE tally_pay("
"  day TEXT NOT NULL,"
"  case_id INTEGER NOT NULL,"
"  before TEXT,"                         /* the day it was paid before; NULL: none */
"  amount INTEGER NOT NULL,"             /* fen, that day's payments summed */
"  fast INTEGER NOT NULL,"
"  simple INTEGER NOT NULL,"
"  collective INTEGER NOT NULL,"
"  industry TEXT NOT NULL,"
"  PRIMARY KEY (day, case_id)) WITHOUT ROWID;"
"CREATE TRIGGER tally_payment_insert AFTER INSERT ON payments BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (NEW.case_id);"
"END;"
"CREATE TRIGGER tally_payment_delete AFTER DELETE ON payments BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (OLD.case_id);"
"END;"
"CREATE TRIGGER tally_payment_update AFTER UPDATE OF case_id, amount, paid_on ON payments BEGIN"
"  INSERT OR IGNORE INTO tally_dirty(case_id) VALUES (OLD.case_id), (NEW.case_id);"
"END;"
"INSERT OR IGNORE INTO tally_dirty(case_id) SELECT id FROM cases;"
,
/* 11 -> 12: 超期 and 超审限 on the days before a case's first suspension.
 * Until now a case ever suspended was taken as suspended on the days
 * before its first suspension or resumption was dated (a NULL comparison
 * in the statistics' SQL, kept by tally.c), so it was not counted 超期 or
 * 超审限 on them; it is now, as the definition says (tiaocai(5),
 * STATISTICS).  And a resumption that a revert undid no longer ends the
 * suspension it undid.  The kept spans of such cases were derived by the old rule
 * and a refresh derives only the cases marked: the cases ever suspended
 * (the only ones the rule reads a journal for) are marked, and the next
 * report derives them again. */
"INSERT OR IGNORE INTO tally_dirty(case_id) SELECT id FROM cases"
"  WHERE suspended_on IS NOT NULL OR suspended_days > 0;"
,
};
