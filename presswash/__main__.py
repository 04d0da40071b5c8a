from presswash.cli import main

raise SystemExit(main())
