import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [ClientsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
