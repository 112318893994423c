# tools/depcycles.sh, the check behind `make check-deps`: a circle between
# the modules of a directory is found and its edges named with the symbols
# that make them.  The modules are compiled here from a few lines of C.

# Two screens borrowing from each other, the way the TUI's docket and case
# file once did: a circle of two, each edge with its symbol.
$ mkdir two && printf 'void *casefile_open(void);\nint ui_soon_until(void) { return 3; }\nvoid *docket_enter(void) { return casefile_open(); }\n' >two/docket.c && printf 'int ui_soon_until(void);\nvoid *casefile_open(void) { return (void *)(long)ui_soon_until(); }\n' >two/casefile.c && cc -c -o two/docket.o two/docket.c && cc -c -o two/casefile.o two/casefile.c

$ sh $TOP/tools/depcycles.sh two
> depcycles: two: a circle of 2 modules: casefile docket
>   casefile -> docket: ui_soon_until
>   docket -> casefile: casefile_open
? 1

# The shared helper moved to a module of its own: no circle.  A symbol from
# outside the directory (libc's printf) makes no edge.
$ mkdir fixed && printf '#include <stdio.h>\nint ui_soon_until(void) { return printf("x") + 2; }\n' >fixed/draw.c && printf 'void *casefile_open(void);\nvoid *docket_enter(void) { return casefile_open(); }\n' >fixed/docket.c && printf 'int ui_soon_until(void);\nvoid *casefile_open(void) { return (void *)(long)ui_soon_until(); }\n' >fixed/casefile.c && for m in draw docket casefile; do cc -c -o fixed/$m.o fixed/$m.c || exit 1; done

$ sh $TOP/tools/depcycles.sh fixed
> depcycles: fixed: no circle (3 modules, 2 edges)

# A circle of three, with an edge into it from outside that is not part of
# it: only the circle's modules and edges are named.
$ mkdir three && printf 'void b(void);\nvoid a(void) { b(); }\n' >three/a.c && printf 'void c(void);\nvoid b(void) { c(); }\n' >three/b.c && printf 'void a(void);\nvoid c(void) { a(); }\n' >three/c.c && printf 'void a(void);\nint main(void) { a(); return 0; }\n' >three/top.c && for m in a b c top; do cc -c -o three/$m.o three/$m.c || exit 1; done

$ sh $TOP/tools/depcycles.sh three
> depcycles: three: a circle of 3 modules: a b c
>   a -> b: b
>   b -> c: c
>   c -> a: a
? 1

# Several directories: each is its own graph; one circle fails the whole.
$ sh $TOP/tools/depcycles.sh fixed two
> depcycles: fixed: no circle (3 modules, 2 edges)
> depcycles: two: a circle of 2 modules: casefile docket
>   casefile -> docket: ui_soon_until
>   docket -> casefile: casefile_open
? 1

# Nothing to read is a usage error, not a pass.
$ sh $TOP/tools/depcycles.sh
! usage: tools/depcycles.sh DIR...
? 2

$ mkdir empty && sh $TOP/tools/depcycles.sh empty
! depcycles: empty: no object files (build first)
? 2
