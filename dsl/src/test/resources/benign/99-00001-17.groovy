// Benign: criteria nested 30 deep, within the bracket limit of 40, and 60 brackets inside a string.
guideline('99-00001-17') {
    title 'Deep but Legal Nesting'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        paragraph '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['
        anyOf {
            allOf {
                anyOf {
                    allOf {
                        anyOf {
                            allOf {
                                anyOf {
                                    allOf {
                                        anyOf {
                                            allOf {
                                                anyOf {
                                                    allOf {
                                                        anyOf {
                                                            allOf {
                                                                anyOf {
                                                                    allOf {
                                                                        anyOf {
                                                                            allOf {
                                                                                anyOf {
                                                                                    allOf {
                                                                                        anyOf {
                                                                                            allOf {
                                                                                                anyOf {
                                                                                                    allOf {
                                                                                                        anyOf {
                                                                                                            allOf {
                                                                                                                anyOf {
                                                                                                                    allOf {
                                                                                                                        anyOf {
                                                                                                                            allOf {
                                                                                                                                indication 'Implanted fiducial markers'
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
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
