import MorgueCLI
