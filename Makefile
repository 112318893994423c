# tiaocai: one plain Makefile.  `make` builds the binary, `make check` runs
# every test, `make bench` measures the performance targets on a generated
# office (README.md), `make run` builds a demo office and shows it, `make
# deps` installs the Debian packages the build and the tests need.

# The release, printed by `tiaocai --version`; set here and nowhere else.
VERSION   = 0.8.0

PREFIX   ?= /usr/local
DESTDIR  ?=
BINDIR    = $(PREFIX)/bin
LIBDIR    = $(PREFIX)/lib
MANDIR    = $(PREFIX)/share/man
DATADIR   = $(PREFIX)/share/tiaocai
STATEDIR ?= /var/lib/tiaocai
OFFICE_GROUP ?= tiaocai

CC       ?= cc
PKGS      = ncursesw sqlite3
OPTFLAGS ?= -O2 -g
CFLAGS   += $(OPTFLAGS) -std=c11 -Wall -Wextra -Werror -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -Iinclude -MMD -MP
CFLAGS   += -I$(B)/gen
CORE_LIBS = $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3) -lcsv \
            $(shell pkg-config --libs libsodium 2>/dev/null || echo -lsodium) \
            $(shell pkg-config --libs jansson 2>/dev/null || echo -ljansson) \
            $(shell pkg-config --libs zlib 2>/dev/null || echo -lz) -pthread
TUI_CFLAGS = $(filter-out -D_XOPEN_SOURCE% -D_DEFAULT_SOURCE,$(shell pkg-config --cflags ncursesw 2>/dev/null))
TUI_LIBS  = $(shell pkg-config --libs ncursesw 2>/dev/null || echo -lncursesw)
PDF_CFLAGS = $(shell pkg-config --cflags pangocairo 2>/dev/null)
PDF_LIBS  = $(shell pkg-config --libs pangocairo 2>/dev/null)

B        ?= build
BIN      ?= tiaocai
CORE_SRC  = $(wildcard src/core/*.c)
CLI_SRC   = $(wildcard src/cli/*.c)
TUI_SRC   = $(wildcard src/tui/*.c)
PDF_SRC   = $(wildcard src/pdf/*.c)
CORE_OBJ  = $(CORE_SRC:%.c=$(B)/%.o)
CLI_OBJ   = $(CLI_SRC:%.c=$(B)/%.o)
TUI_OBJ   = $(TUI_SRC:%.c=$(B)/%.o)
PDF_OBJ   = $(PDF_SRC:%.c=$(B)/%.o)
# The PDF renderer as a module of its own, loaded when something is first
# printed (src/cli/pdfload.c): pango and cairo bring some forty shared
# objects, which every command would otherwise load at its start.  Its
# functions are renamed so that the program's pdf_render (the loader) is
# not taken for its own; the program's functions it calls are exported to
# it by name (src/pdf/host.list).
PDF_MOD   = $(B)/tiaocai-pdf.so
PDF_MOD_OBJ = $(PDF_SRC:src/pdf/%.c=$(B)/pdfmod/%.o)
PDF_MOD_INSTALLED = $(LIBDIR)/tiaocai/tiaocai-pdf.so
HOST_LIST = src/pdf/host.list
LOAD_OBJ  = $(B)/src/cli/pdfload.o
FORMS     = $(sort $(wildcard forms/*.form)) $(sort $(wildcard forms/*.tpl))
GEN_OBJ   = $(B)/gen/forms.o
UNIT_SRC  = $(wildcard tests/unit/test_*.c)
UNIT_BIN  = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

DEB_PKGS  = build-essential pkg-config libncurses-dev libsqlite3-dev libcsv-dev \
            libcmocka-dev tmux mandoc sqlite3 libpango1.0-dev libcairo2-dev \
            fonts-noto-cjk poppler-utils libsodium-dev libjansson-dev zlib1g-dev

.PHONY: all check check-asan check-man check-deps deps run demo FORCE \
        install install-office uninstall clean core-headless fuzz bench

all: $(BIN)

$(B)/libtiaocai.a: $(CORE_OBJ) $(GEN_OBJ)
	$(AR) rcs $@ $^

# The forms and the document templates are compiled into the program
# (form_builtin): forms/*.form and forms/*.tpl become byte arrays in a
# generated C file.  The forms directory itself is
# a prerequisite so that adding or removing a form regenerates it.
$(B)/gen/forms.c: $(FORMS) forms tools/embed-forms.sh
	@mkdir -p $(@D)
	sh tools/embed-forms.sh $@ $(FORMS)

$(B)/gen/forms.o: $(B)/gen/forms.c
	$(CC) $(CFLAGS) -c -o $@ $<

# The installed paths the program is built with, as a header rewritten only
# when they change (so `make install PREFIX=...` after `make` rebuilds what
# uses them, and nothing else).
$(B)/gen/paths.h: FORCE
	@mkdir -p $(@D)
	@printf '#define TIAOCAI_DATADIR "%s"\n#define TIAOCAI_STATEDIR "%s"\n' \
	    '$(DATADIR)' '$(STATEDIR)' >$@.new
	@if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@; fi
FORCE:

$(CORE_OBJ) $(CLI_OBJ) $(TUI_OBJ) $(PDF_OBJ) $(PDF_MOD_OBJ): | $(B)/gen/paths.h
$(B)/src/core/priv.o $(B)/src/cli/main.o: $(B)/gen/paths.h

$(B)/src/core/%.o: src/core/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/src/cli/%.o: src/cli/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

# main.c prints the version: rebuild it when the Makefile's VERSION changes.
$(B)/src/cli/main.o: CFLAGS += -DTIAOCAI_VERSION='"$(VERSION)"'
$(B)/src/cli/main.o: Makefile

$(B)/src/tui/%.o: src/tui/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(TUI_CFLAGS) -c -o $@ $<

$(B)/src/pdf/%.o: src/pdf/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(PDF_CFLAGS) -c -o $@ $<

$(B)/pdfmod/%.o: src/pdf/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(PDF_CFLAGS) -fPIC -Dpdf_render=pdfmod_render -Dpdf_print=pdfmod_print -c -o $@ $<

$(PDF_MOD): $(PDF_MOD_OBJ)
	$(CC) $(LDFLAGS) -shared -o $@ $(PDF_MOD_OBJ) $(PDF_LIBS)

# The loader names the module by a path fixed here, never by anything in
# the environment (the office's program is set-group-ID): the build's
# module for the program in the tree, the installed one for the program
# `make install` installs (linked again as $(B)/install/tiaocai).
$(LOAD_OBJ): CFLAGS += -DTIAOCAI_PDF_MODULE='"$(abspath $(PDF_MOD))"'
$(B)/install/pdfload.o: src/cli/pdfload.c $(B)/gen/paths.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -DTIAOCAI_PDF_MODULE='"$(PDF_MOD_INSTALLED)"' -c -o $@ $<

PROG_LINK = $(CC) $(LDFLAGS) -Wl,--dynamic-list=$(HOST_LIST) -o $@
PROG_LIBS = $(B)/libtiaocai.a $(CORE_LIBS) $(TUI_LIBS) -ldl

$(BIN): $(CLI_OBJ) $(TUI_OBJ) $(B)/libtiaocai.a $(HOST_LIST) | $(PDF_MOD)
	$(PROG_LINK) $(CLI_OBJ) $(TUI_OBJ) $(PROG_LIBS)

$(B)/install/tiaocai: $(filter-out $(LOAD_OBJ),$(CLI_OBJ)) $(B)/install/pdfload.o $(TUI_OBJ) \
		      $(B)/libtiaocai.a $(HOST_LIST)
	$(PROG_LINK) $(filter-out $(LOAD_OBJ),$(CLI_OBJ)) $(B)/install/pdfload.o $(TUI_OBJ) $(PROG_LIBS)

# The core must never know about curses: no include, and the library links
# into a program without any curses library.
core-headless: $(B)/libtiaocai.a
	@if grep -rnE '#include *[<"](n?curses|ncursesw/|form|menu|panel)' src/core include; then \
	    echo "core-headless: curses found in the core" >&2; exit 1; fi
	@if nm $(B)/libtiaocai.a | grep -E ' U (initscr|newwin|wgetch|endwin)' ; then \
	    echo "core-headless: the core library calls curses" >&2; exit 1; fi
	@echo "core-headless: src/core builds without curses"

# No dependency circle between the modules (object files) of each of these
# directories: a module calls only modules that never call it back, directly
# or around a loop.  tools/depcycles.sh names the edges of any circle found.
DEPS_DIRS = $(B)/src/core $(B)/src/tui
check-deps: $(BIN)
	@sh tools/depcycles.sh $(DEPS_DIRS)

$(B)/tests/fixture.o: tests/unit/fixture.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/tests/%: tests/unit/%.c $(B)/tests/fixture.o $(B)/libtiaocai.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/tests/fixture.o $(TEST_OBJ) $(B)/libtiaocai.a $(CORE_LIBS) \
	    $(TEST_LIBS) -lcmocka

# The letter test draws PDFs: it links the PDF renderer as well.
$(B)/tests/test_letter: $(PDF_OBJ)
$(B)/tests/test_letter: TEST_OBJ = $(PDF_OBJ)
$(B)/tests/test_letter: TEST_LIBS = $(PDF_LIBS)

check: deps
	@$(MAKE) --no-print-directory all core-headless check-deps check-man $(UNIT_BIN)
	@sh tests/run-all.sh "$(B)/tests" ./$(BIN)

# The same tests on a build with AddressSanitizer and UndefinedBehaviorSanitizer.
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
check-asan: deps
	@$(MAKE) --no-print-directory B=build-asan BIN=build-asan/tiaocai \
	    OPTFLAGS="-O1 -g $(SAN) -Wno-format-truncation" LDFLAGS="$(SAN)" \
	    build-asan/tiaocai $(UNIT_BIN:$(B)/%=build-asan/%)
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    sh tests/run-all.sh build-asan/tests build-asan/tiaocai

check-man: $(BIN)
	@mandoc -Tlint -W warning man/tiaocai.1 man/tiaocai.5 && echo "check-man: manual pages lint clean"
	@sed -n '/^\.\\" keys: begin/,/^\.\\" keys: end/p' man/tiaocai.1 | sed '1d;$$d' >$(B)/keys.man
	@./$(BIN) keys --man | diff -u $(B)/keys.man - || \
	    { echo "check-man: the key list in man/tiaocai.1 differs from 'tiaocai keys --man'" >&2; exit 1; }
	@echo "check-man: the manual's key list matches the key table"

# Install whatever the build and the tests need and this machine lacks.
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

# libFuzzer targets for the parsers of outside input (tests/fuzz/README).
# Everything is built under build-fuzz/, each target runs FUZZ_SECONDS on a
# copy of its seed corpus; a crash leaves its input in build-fuzz/crashes/.
# .ci/run uses `make fuzz FUZZ_SECONDS=5`, a short pass of every target.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 20
FUZZ_B        = build-fuzz
FUZZ_FLAGS    = -fsanitize=fuzzer,address,undefined -g -O1 -std=c11 \
                -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -Iinclude -I$(B)/gen
FUZZ_TARGETS  = $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
# The terminal interface's parsers: their sources are compiled in with the
# ncursesw flags and linked with ncursesw (no terminal is opened).
FUZZ_TUI_TARGETS = keys ledit
FUZZ_TUI_SRC  = src/tui/keymap.c src/tui/ledit.c
fuzz: $(B)/gen/paths.h
	@printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n)\n{ (void)d; (void)n; return 0; }\n' \
	    >/tmp/tiaocai-fuzz-probe.$$$$.c; \
	if ! command -v $(FUZZ_CC) >/dev/null 2>&1 || \
	   ! $(FUZZ_CC) -fsanitize=fuzzer,address,undefined -o /tmp/tiaocai-fuzz-probe.$$$$ \
	        /tmp/tiaocai-fuzz-probe.$$$$.c >/dev/null 2>&1; then \
	    rm -f /tmp/tiaocai-fuzz-probe.$$$$ /tmp/tiaocai-fuzz-probe.$$$$.c; \
	    echo "fuzz: '$(FUZZ_CC) -fsanitize=fuzzer' does not work here." >&2; \
	    echo "fuzz: on Debian install the packages clang and libclang-rt-14-dev" \
	         "(apt-get install clang libclang-rt-14-dev)." >&2; \
	    exit 1; \
	fi; \
	rm -f /tmp/tiaocai-fuzz-probe.$$$$ /tmp/tiaocai-fuzz-probe.$$$$.c
	@mkdir -p $(FUZZ_B)/obj $(FUZZ_B)/crashes
	@set -e; objs=""; for src in $(CORE_SRC); do \
	    obj=$(FUZZ_B)/obj/$$(basename $$src .c).o; objs="$$objs $$obj"; \
	    if [ ! -f $$obj ] || [ -n "$$(find $$src include/tiaocai src/core/*.h -newer $$obj 2>/dev/null)" ]; then \
	        echo "  CC $$src"; $(FUZZ_CC) $(FUZZ_FLAGS) -c -o $$obj $$src; fi; \
	done; \
	sh tools/embed-forms.sh $(FUZZ_B)/obj/forms.c $(FORMS); \
	$(FUZZ_CC) $(FUZZ_FLAGS) -c -o $(FUZZ_B)/obj/forms.o $(FUZZ_B)/obj/forms.c; \
	objs="$$objs $(FUZZ_B)/obj/forms.o"; \
	rm -f $(FUZZ_B)/libtiaocai-fuzz.a; $(AR) rcs $(FUZZ_B)/libtiaocai-fuzz.a $$objs; \
	tuiobjs=""; for src in $(FUZZ_TUI_SRC); do \
	    obj=$(FUZZ_B)/obj/tui_$$(basename $$src .c).o; tuiobjs="$$tuiobjs $$obj"; \
	    if [ ! -f $$obj ] || [ -n "$$(find $$src include/tiaocai src/tui/tui.h -newer $$obj 2>/dev/null)" ]; then \
	        echo "  CC $$src"; $(FUZZ_CC) $(FUZZ_FLAGS) $(TUI_CFLAGS) -c -o $$obj $$src; fi; \
	done; \
	for t in $(FUZZ_TARGETS); do \
	    case " $(FUZZ_TUI_TARGETS) " in *" $$t "*) tui="$$tuiobjs $(TUI_LIBS)";; *) tui="";; esac; \
	    echo "  LD $(FUZZ_B)/fuzz_$$t"; \
	    $(FUZZ_CC) $(FUZZ_FLAGS) $(TUI_CFLAGS) -o $(FUZZ_B)/fuzz_$$t tests/fuzz/fuzz_$$t.c $$tui \
	        $(FUZZ_B)/libtiaocai-fuzz.a $(CORE_LIBS); \
	done
	@failed=""; for t in $(FUZZ_TARGETS); do \
	    mkdir -p $(FUZZ_B)/corpus/$$t; cp -R tests/fuzz/corpus/$$t/. $(FUZZ_B)/corpus/$$t/; \
	    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    ./$(FUZZ_B)/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	        -artifact_prefix=$(FUZZ_B)/crashes/$$t- $(FUZZ_B)/corpus/$$t \
	        >$(FUZZ_B)/fuzz_$$t.log 2>&1 && rc=0 || rc=$$?; \
	    runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_B)/fuzz_$$t.log); \
	    if [ $$rc = 0 ]; then \
	        echo "fuzz_$$t: $${runs:-?} executions, no crash"; \
	    else \
	        failed="$$failed $$t"; \
	        echo "fuzz_$$t: FAILED (exit $$rc) after $${runs:-?} executions, see $(FUZZ_B)/fuzz_$$t.log"; \
	        grep -m1 -E 'ERROR: |runtime error|deadly signal|SUMMARY' $(FUZZ_B)/fuzz_$$t.log || true; \
	    fi; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: crashes in:$$failed (inputs in $(FUZZ_B)/crashes/)"; exit 1; fi

# The figures of design.md's Performance section and issue 13 on generated
# offices of BENCH_CASES cases (default 100,000 and 1,000,000, printed side
# by side; one size alone works too), each beside its target and the sqlite3
# shell doing the same work; not part of check.  The databases are cached
# under $(B)/bench/; BENCH_RUNS, BENCH_RUNS_SLOW, BENCH_TODAY and BENCH_SEED
# are read from the environment (tests/bench/bench.sh).
BENCH_CASES ?= 100000 1000000
$(B)/bench/tc-bench: tests/bench/bench.c $(B)/libtiaocai.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libtiaocai.a $(CORE_LIBS)

bench: deps
	@$(MAKE) --no-print-directory all $(B)/bench/tc-bench
	@BENCH_CASES="$(BENCH_CASES)" bash tests/bench/bench.sh ./$(BIN) $(B)/bench/tc-bench $(B)/bench

RUN_DB = $(B)/demo.db
run: deps
	@$(MAKE) --no-print-directory all
	@rm -f $(RUN_DB) $(RUN_DB)-wal $(RUN_DB)-shm
	./tiaocai --db $(RUN_DB) demo
	./tiaocai --db $(RUN_DB)

demo: run

install: $(B)/install/tiaocai $(PDF_MOD)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	    $(DESTDIR)$(DATADIR)/forms $(DESTDIR)$(DATADIR)/sample-data $(DESTDIR)$(LIBDIR)/tiaocai
	install -m 755 $(B)/install/tiaocai $(DESTDIR)$(BINDIR)/tiaocai
	install -m 644 $(PDF_MOD) $(DESTDIR)$(PDF_MOD_INSTALLED)
	install -m 644 man/tiaocai.1 $(DESTDIR)$(MANDIR)/man1/tiaocai.1
	install -m 644 man/tiaocai.5 $(DESTDIR)$(MANDIR)/man5/tiaocai.5
	install -m 644 forms/*.form forms/*.tpl $(DESTDIR)$(DATADIR)/forms/
	install -m 644 sample-data/*.csv $(DESTDIR)$(DATADIR)/sample-data/

# The office install: as install, plus the office group (created when
# missing), the binary set-group-ID to it, and the database directory that
# only that group may enter.  Users are not members of the group: they reach
# the database through the program alone (tiaocai(1), SECURITY).
install-office: install
	@if [ "$$(id -u)" != 0 ] && [ -z "$(DESTDIR)" ]; then \
	    echo "install-office: run as root (the group and the set-group-ID bit need it)" >&2; exit 1; fi
	getent group $(OFFICE_GROUP) >/dev/null || groupadd --system $(OFFICE_GROUP)
	chgrp $(OFFICE_GROUP) $(DESTDIR)$(BINDIR)/tiaocai
	chmod 2755 $(DESTDIR)$(BINDIR)/tiaocai
	install -d -o root -g $(OFFICE_GROUP) -m 2770 $(DESTDIR)$(STATEDIR)
	@echo "install-office: $(DESTDIR)$(BINDIR)/tiaocai is set-group-ID $(OFFICE_GROUP);" \
	    "create the database with: $(BINDIR)/tiaocai init --office 机构名称 (as root)"

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/tiaocai $(DESTDIR)$(MANDIR)/man1/tiaocai.1 \
	    $(DESTDIR)$(MANDIR)/man5/tiaocai.5
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(LIBDIR)/tiaocai

clean:
	rm -rf build build-asan build-fuzz tiaocai

-include $(CORE_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TUI_OBJ:.o=.d) $(UNIT_BIN:=.d) $(B)/tests/fixture.d \
         $(PDF_OBJ:.o=.d) $(PDF_MOD_OBJ:.o=.d) $(B)/install/pdfload.d \
         $(B)/bench/tc-bench.d
