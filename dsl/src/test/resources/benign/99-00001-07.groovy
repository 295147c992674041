// Benign: semicolons, several statements on one line.
guideline('99-00001-07') {
    title 'Semicolons'; originalEffectiveDate '2020-01-01';
    positionStatement { anyOf { indication 'Implanted fiducial markers'; indication 'Dose escalation is planned'; }; };
    billingCoding { codes('CPT') { code '77387'; code '77014'; }; };
    updateHistory { revision '2020-01-01', 'New Medical Coverage Guideline.'; };
};
