import MorgueCLI

await MorgueMain.run()
