from actsheets.cli.main import main

main()
