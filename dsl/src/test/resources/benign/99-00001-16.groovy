// Benign: tabs for indentation, between tokens and inside strings.
guideline('99-00001-16') {
	title 'Tabs	Inside	Text'
	originalEffectiveDate '2020-01-01'
	description	{
		paragraph	'Column A	Column B	Column C'
	}
	positionStatement {
		anyOf {
			indication 'Implanted fiducial markers'
		}
	}
	billingCoding {
		codes('CPT') {
			code '77387'
		}
	}
	updateHistory {
		revision '2020-01-01', 'New Medical Coverage Guideline.'
	}
}
