// Benign: text that looks like code, or like an attack, is only text when it is quoted.
guideline('99-00001-13') {
    title 'Text That Looks Like Code'
    originalEffectiveDate '2020-01-01'
    disclaimer 'System.exit(0); Runtime.getRuntime().exec("rm -rf /"); "touch /tmp/x".execute()'
    description {
        paragraph '${jndi:ldap://127.0.0.1:1389/a} is a log4j lookup written as plain text; ${System.getenv("HOME")} too.'
        paragraph '@Grab(\'org.example:evil:1.0\') import evil.Payload; @groovy.transform.ASTTest(value = { })'
        paragraph 'A comment marker inside text: /* not a comment */ and // not a comment either.'
        paragraph 'A unicode escape inside a string is a character: \u0065xecute reads as "execute".'
        paragraph 'Brackets in text do not nest code: ((((((((((((((((((((((((((((((((((((((((((((((((((('
        paragraph 'class Canary { static { System.setProperty(\'coverkit.canary\', \'ran\') } }'
        paragraph 'while (true) { }   String.metaClass.trim = { -> null }   this.binding.variables.clear()'
    }
    positionStatement {
        anyOf {
            indication 'Implanted fiducial markers; DROP TABLE guidelines; --', id: 'fiducial-markers'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387', '<script>alert(1)</script>'
        }
    }
    updateHistory {
        revision '2020-01-01', 'New Medical Coverage Guideline.'
    }
}
