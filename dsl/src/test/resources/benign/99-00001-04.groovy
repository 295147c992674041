// Benign: text in any language: accents, CJK, emoji. Ids stay ASCII.
guideline('99-00001-04') {
    title 'Radiothérapie guidée par l’image — 影像导引放射治疗 🎯'
    originalEffectiveDate '2020-01-01'
    description {
        paragraph 'Über die Bestrahlung: Patientinnen und Patienten werden täglich überprüft. Ñandú, façade, naïve, Øresund.'
        paragraph '放射線治療は画像で誘導されます。영상 유도 방사선 치료. Лучевая терапия. العلاج الإشعاعي. עברית.'
    }
    positionStatement {
        paragraph 'Le service répond à la définition de nécessité médicale ✅ pour :'
        anyOf {
            indication 'Marqueurs fiduciaires implantés', id: 'marqueurs-fiduciaires'
            indication '腫瘍の位置が骨で特定できない', id: 'bony-anatomy-fails'
            indication 'Escalade de dose prévue 📈', id: 'dose-escalation'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387', 'Guidage pour la localisation du volume cible — « intrafraction »'
        }
    }
    other {
        otherName '影像导引放射治疗'
        otherName 'IGRT 🩻'
    }
    updateHistory {
        revision '2020-01-01', 'Nouvelle ligne directrice — 新しいガイドライン.'
    }
}
