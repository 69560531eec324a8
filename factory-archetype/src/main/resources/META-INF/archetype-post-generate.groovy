// Prints the two commands that finish the first day, with the directory they run in.
def dir = new File(request.outputDirectory, request.artifactId)
println ""
println "Created a dark-factory product in ${dir}. In that directory, with no model and no key:"
println "  mvn -f scenarios/pom.xml deploy     (releases the sealed scenarios into repo/ and pins them)"
println "  mvn factory:generate verify        (generated code up to date; rules and scenarios pass)"
println "README.md says what each part is and how to make it yours."
