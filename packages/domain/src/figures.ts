/** The headline numbers of the network shown on the home page. */
export interface NetworkFigures {
  members: number;
  trainingProviders: number;
  companies: number;
  trainings: number;
  sessions: number;
  certifications: number;
  metiers: number;
}
