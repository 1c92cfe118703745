//! The accessibility statement (`/accessibilite`), after the RGAA 4.1 model.

pub const TITLE: &str = "Déclaration d'accessibilité";
pub const DESCRIPTION: &str = "Déclaration d'accessibilité du tableau de bord de beta.gouv.fr (RGAA 4.1).";
pub const INTRO: &str = "L'équipe de beta.gouv.fr s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n°\u{a0}2005-102 du 11 février 2005. Cette déclaration s'applique au tableau de bord de beta.gouv.fr, à ses graphiques intégrables et à son mode présentation.";

pub const STATUS_TITLE: &str = "État de conformité";
pub const STATUS: &str = "Le tableau de bord de beta.gouv.fr est non conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA) version 4.1\u{a0}: il n'a pas encore fait l'objet d'un audit. Ce statut changera quand un audit aura été mené.";

pub const DONE_TITLE: &str = "Ce qui est fait";
pub const DONE: [&str; 6] = [
    "Chaque graphique a son alternative\u{a0}: une phrase qui dit ce qu'il montre, et le bouton «\u{a0}Vue tableau\u{a0}» qui affiche ses données en tableau. Ce tableau est toujours lu par les lecteurs d'écran, même masqué à l'écran. Ses données se téléchargent aussi en CSV.",
    "Les barres d'un graphique se parcourent au clavier (Tab pour entrer, flèches pour passer de l'une à l'autre)\u{a0}; chacune dit son nom et sa valeur, et Entrée agit comme un clic. Une infobulle reste tant qu'on la survole et se ferme avec Échap\u{a0}; sur un écran tactile, un premier appui montre la valeur, un second agit.",
    "Des liens d'accès rapide mènent au contenu et aux graphiques\u{a0}; après un changement de filtre, le focus reste sur la page.",
    "Le texte peut être agrandi à 200\u{a0}%, y compris celui des graphiques\u{a0}; un thème sombre suit le réglage du système ou le bouton «\u{a0}Thème sombre\u{a0}»\u{a0}; les couleurs forcées (contraste élevé) sont respectées.",
    "L'historique animé peut être mis en pause et parcouru année par année\u{a0}; avec le réglage «\u{a0}réduire les animations\u{a0}», il avance sans animation.",
    "À chaque modification, un outil automatique (axe-core, critères WCAG 2.2 niveaux A et AA) vérifie chaque page, sur téléphone et sur ordinateur, en thème clair et sombre. Un outil ne voit qu'une partie des défauts\u{a0}: il ne remplace pas un audit.",
];

pub const LIMITS_TITLE: &str = "Limites connues";
pub const LIMITS: [&str; 2] = [
    "Les graphiques sont des images dessinées\u{a0}: leur contenu est donné par leur tableau et leur résumé, pas par l'image elle-même.",
    "Certaines phases voisines ont des couleurs proches\u{a0}; un liseré sépare chaque morceau de barre, et le tableau donne chaque valeur.",
];

pub const CONTACT_TITLE: &str = "Retour d'information et contact";
pub const CONTACT: &str = "Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez l'équipe de beta.gouv.fr pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme\u{a0}:";

pub const REMEDIES_TITLE: &str = "Voies de recours";
pub const REMEDIES: &str = "Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez\u{a0}:";
pub const REMEDY_FORM: &str = "écrire un message au Défenseur des droits";
pub const REMEDY_DELEGATE: &str = "contacter le délégué du Défenseur des droits dans votre région";
pub const REMEDY_MAIL: &str = "envoyer un courrier par la poste (gratuit, ne pas mettre de timbre)\u{a0}: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.";
