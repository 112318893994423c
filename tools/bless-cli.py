#!/usr/bin/env python3
"""tools/bless-cli.py - rewrite the expected output of command-line
transcripts (tests/cli/*.t) from what the program prints now.

Usage: tools/bless-cli.py TIAOCAI FILE.t...

For a maintainer after a deliberate change of output: each block is run
exactly as tests/cli/run.sh runs it (same scratch directory, environment
and order), and its "> " and "! " lines and "? N" status are replaced by
what came out.  Blocks marked ">*" or "!*" keep that mark.  Comments,
blank lines and "%env" lines stay.  Read the diff (git diff) before you
commit: this tool records whatever the program does, right or wrong.
"""
import os
import shutil
import subprocess
import sys
import tempfile


def run_file(binary, path, top):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    d = tempfile.mkdtemp(prefix="tiaocai-bless.")
    os.makedirs(os.path.join(d, "bin"))
    os.symlink(binary, os.path.join(d, "bin", "tiaocai"))
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "TIAOCAI_USER", "XDG_DATA_HOME", "MAKEFLAGS", "MFLAGS",
                        "MAKELEVEL")}
    env.update(PATH=os.path.join(d, "bin") + ":" + os.environ["PATH"], HOME=d, LANG="C.UTF-8",
               TZ="Asia/Shanghai", TIAOCAI_DB=os.path.join(d, "t.db"),
               TIAOCAI_TODAY="2026-11-22", TIAOCAI_DATADIR=top,
               DATA=os.path.join(top, "sample-data"), FIX=os.path.join(top, "tests/cli/fixtures"),
               TOP=top)
    out = []
    block = None  # [cmd, skip_out, skip_err, old out lines, old err lines]

    def flush():
        if block is None:
            return
        cmd, skip_out, skip_err, old_out, old_err = block
        p = subprocess.run(["bash", "-c", cmd], cwd=d, env=env, capture_output=True)
        # As run.sh reads them: stdout loses one final newline, stderr
        # (read by $(cat)) every final newline.
        so = p.stdout.decode("utf-8", "replace")
        so = so[:-1] if so.endswith("\n") else so
        se = p.stderr.decode("utf-8", "replace").rstrip("\n")
        if skip_out:
            out.extend(old_out + [">*"])
        elif so:
            out.extend("> " + l if l else ">" for l in so.split("\n"))
        if skip_err:
            out.extend(old_err + ["!*"])
        elif se:
            out.extend("! " + l if l else "!" for l in se.split("\n"))
        if p.returncode:
            out.append("? %d" % p.returncode)

    for l in lines:
        if l.startswith("$ "):
            flush()
            block = [l[2:], False, False, [], []]
            out.append(l)
        elif l == ">*":
            block[1] = True
        elif l == "!*":
            block[2] = True
        elif l.startswith(">"):
            block[3].append(l)
        elif l.startswith("!"):
            block[4].append(l)
        elif l.startswith("? "):
            pass
        else:
            if l.startswith("%env "):
                flush()
                block = None
                k, _, v = l[5:].partition("=")
                env[k] = v
            elif block is not None and (l == "" or l.startswith("#")):
                flush()
                block = None
            out.append(l)
    flush()
    shutil.rmtree(d)
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


def main():
    binary = os.path.abspath(sys.argv[1])
    top = os.path.abspath(os.path.join(os.path.dirname(sys.argv[0]), ".."))
    for f in sys.argv[2:]:
        run_file(binary, f, top)


main()
